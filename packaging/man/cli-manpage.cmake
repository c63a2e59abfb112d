# Writes the man page of internkontroll-cli from its own --help texts, so the page never drifts
# from the program: the command list from `internkontroll-cli --help`, and each command's
# synopsis, description, options and arguments from `internkontroll-cli COMMAND --help`.
#
#   cmake -DCLI=path/to/internkontroll-cli -DOUT=internkontroll-cli.1 -DVERSION=0.1.0
#         -DDATE=2026-11-25 -P cli-manpage.cmake

cmake_minimum_required(VERSION 3.22)

foreach(var CLI OUT VERSION DATE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "cli-manpage.cmake: -D${var}=... is required")
    endif()
endforeach()

# Text for roff: backslashes and leading control characters are escaped; in option names a
# hyphen is a minus sign (\-), so that a copied option works.
function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(roff_option text out)
    roff_escape("${text}" text)
    string(REPLACE "-" "\\-" text "${text}")
    # "--unit <NAME>" → bold option, italic argument
    string(REGEX REPLACE "<([^>]+)>" "\\\\fI\\1\\\\fR" text "${text}")
    string(REGEX REPLACE "(^|, )(\\\\-[^ ,]+)" "\\1\\\\fB\\2\\\\fR" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Runs the CLI and returns its output as a list of lines. CMake's list syntax gives ';', '['
# and ']' meanings of their own, so they travel as placeholders and are restored per line.
function(help_lines out)
    execute_process(COMMAND "${CLI}" ${ARGN} OUTPUT_VARIABLE text RESULT_VARIABLE rc
                    ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cli-manpage.cmake: ${CLI} ${ARGN} failed (${rc}): ${err}")
    endif()
    string(REPLACE ";" "@SEMI@" text "${text}")
    string(REPLACE "[" "@LB@" text "${text}")
    string(REPLACE "]" "@RB@" text "${text}")
    string(REGEX REPLACE "\n$" "" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(${out} "${lines}" PARENT_SCOPE)
endfunction()

function(restore text out)
    string(REPLACE "@SEMI@" ";" text "${text}")
    string(REPLACE "@LB@" "[" text "${text}")
    string(REPLACE "@RB@" "]" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# One command's --help as a man page subsection.
function(command_section name summary out)
    help_lines(lines ${name} --help)
    set(roff "")
    set(state usage)
    set(description "")
    foreach(line IN LISTS lines)
        restore("${line}" line)
        if(state STREQUAL "usage")
            # "Usage: /any/path/internkontroll-cli [options] FILE": the path is whatever started
            # the program; the page names the command instead.
            string(REGEX REPLACE "^Usage: [^ ]+( \\[options\\])?" "" args "${line}")
            string(STRIP "${args}" args)
            roff_escape("${args}" args)
            string(APPEND roff ".SS \"${name}\"\n.B internkontroll\\-cli ${name}\n[\\fIoptions\\fR]")
            if(args MATCHES "^\\[options\\] ?(.*)")
                set(args "${CMAKE_MATCH_1}")
            endif()
            if(NOT args STREQUAL "")
                string(APPEND roff " \\fI${args}\\fR")
            endif()
            string(APPEND roff "\n.PP\n")
            set(state description)
        elseif(state STREQUAL "description")
            if(line STREQUAL "")
                set(state list)
            else()
                roff_escape("${line}" line)
                string(APPEND roff "${line}\n")
            endif()
        elseif(line MATCHES "^(Options|Arguments):$")
            string(APPEND roff ".PP\n${CMAKE_MATCH_1}:\n")
            set(heading "${CMAKE_MATCH_1}")
        elseif(line MATCHES "^  ([^ ].*[^ ])  +([^ ].*)$")
            set(term "${CMAKE_MATCH_1}")
            set(text "${CMAKE_MATCH_2}")
            set(skip OFF)
            if(term STREQUAL "--help-all")
                set(skip ON) # Qt's own options: not this program's to document
                continue()
            endif()
            if(heading STREQUAL "Arguments")
                roff_escape("${term}" term)
                set(term "\\fI${term}\\fR")
            else()
                roff_option("${term}" term)
            endif()
            roff_escape("${text}" text)
            string(APPEND roff ".TP\n${term}\n${text}\n")
        elseif(line MATCHES "^   +([^ ].*)$" AND NOT skip)
            roff_escape("${CMAKE_MATCH_1}" text)
            string(APPEND roff "${text}\n")
        endif()
    endforeach()
    set(${out} "${roff}" PARENT_SCOPE)
endfunction()

help_lines(top --help)
set(commands "")
set(in_commands OFF)
foreach(line IN LISTS top)
    restore("${line}" line)
    if(line STREQUAL "Commands:")
        set(in_commands ON)
    elseif(in_commands AND line MATCHES "^  ([a-z-]+) +(.+)$")
        list(APPEND commands "${CMAKE_MATCH_1}")
        set(summary_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
    elseif(in_commands AND line STREQUAL "")
        set(in_commands OFF)
    endif()
endforeach()
if(NOT commands)
    message(FATAL_ERROR "cli-manpage.cmake: no commands in `${CLI} --help`")
endif()

set(page [=[.\" Generated from internkontroll-cli's --help by packaging/man/cli-manpage.cmake.
.TH INTERNKONTROLL\-CLI 1 "@DATE@" "Internkontroll @VERSION@" "User Commands"
.SH NAME
internkontroll\-cli \- work with Internkontroll unit files from the command line
.SH SYNOPSIS
.B internkontroll\-cli
.I COMMAND
[\fIoptions\fR] ...
.br
.B internkontroll\-cli
.BR \-\-help " | " \-\-version
.SH DESCRIPTION
.B internkontroll\-cli
creates, checks, reports on, exports and imports Internkontroll unit files: SQLite files that
hold one unit's whole record of its annual health, safety and environment (HSE) review.
It serves scripts, tests and batch work; the desktop program is
.BR internkontroll (1).
.PP
Every command has \fB\-\-help\fR. Errors are written to standard error.
.SH COMMANDS
]=])
string(CONFIGURE "${page}" page @ONLY)
foreach(name IN LISTS commands)
    command_section(${name} "${summary_${name}}" section)
    string(APPEND page "${section}")
endforeach()
string(APPEND page [=[.SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
A usage or input error.
.TP
.B 2
The file was refused: it is not a sound unit file, or it is read\-only where a write was asked
for.
.SH EXAMPLES
.nf
internkontroll\-cli new unit.db \-\-unit "Institute of X" \-\-year 2026
internkontroll\-cli demo demo.db \-\-scale 2
internkontroll\-cli check unit.db
internkontroll\-cli status unit.db \-\-json
internkontroll\-cli export unit.db \-\-table action \-\-format json \-o actions.json
.fi
.SH SEE ALSO
.BR internkontroll (1),
.BR sqlite3 (1)
]=])
file(WRITE "${OUT}" "${page}")
