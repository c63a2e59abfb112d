<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ik::FileCheck</name>
    <message numerus="yes">
        <source>“%1” is damaged: SQLite&apos;s integrity check found %n problem(s), the first being “%2”. It was not opened and has not been changed; use a backup copy.</source>
        <translation>
            <numerusform>“%1” is damaged: SQLite&apos;s integrity check found %n problem, “%2”. It was not opened and has not been changed; use a backup copy.</numerusform>
            <numerusform>“%1” is damaged: SQLite&apos;s integrity check found %n problems, the first being “%2”. It was not opened and has not been changed; use a backup copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::RiskMatrixEdit</name>
    <message numerus="yes">
        <source>%n risk consequence(s) use this category.</source>
        <translation>
            <numerusform>%n risk consequence uses this category.</numerusform>
            <numerusform>%n risk consequences use this category.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::SchemaUpgrade</name>
    <message numerus="yes">
        <source>%n duplicate risk-matrix cell(s), which the program did not use, were removed (the change log lists them); the matrix is as you saw it.</source>
        <translation>
            <numerusform>%n duplicate risk-matrix cell, which the program did not use, was removed (the change log lists it); the matrix is as you saw it.</numerusform>
            <numerusform>%n duplicate risk-matrix cells, which the program did not use, were removed (the change log lists them); the matrix is as you saw it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::SheetImport</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s) left out: their case number is in the file already.</source>
        <translation>
            <numerusform>%n new row left out: its case number is in the file already.</numerusform>
            <numerusform>%n new rows left out: their case number is in the file already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
</TS>
