#include "core/report/pdfcontentmarks.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace ik::report {

namespace {

constexpr double kBoundaryX = -77777;
constexpr std::string_view kBoundaryXText = "-77777";
constexpr double kBoundaryY = 10000;
constexpr double kBoundaryWidth = 7;
constexpr double kBoundaryHeight = 3;

// What each byte is to the scanner: 1 white space, 2 a delimiter (ISO 32000-1, 7.2.2).
struct CharClasses
{
    unsigned char of[256] = {};
    constexpr CharClasses()
    {
        for (char c : {'\0', '\t', '\n', '\f', '\r', ' '})
            of[static_cast<unsigned char>(c)] = 1;
        for (char c : {'(', ')', '<', '>', '[', ']', '{', '}', '/', '%'})
            of[static_cast<unsigned char>(c)] = 2;
    }
};
constexpr CharClasses kClasses;

bool isWhite(char c) { return kClasses.of[static_cast<unsigned char>(c)] == 1; }
bool isDelimiter(char c) { return kClasses.of[static_cast<unsigned char>(c)] == 2; }
bool isNumber(std::string_view t)
{
    bool digit = false;
    for (char c : t) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '+' && c != '-' && c != '.')
            return false;
    }
    return digit;
}
bool near(double a, double b) { return std::fabs(a - b) < 1e-3; }
double number(std::string_view t) { return std::strtod(std::string(t).c_str(), nullptr); }

// Operators that put marks on the page (ISO 32000-1, tables 59, 77, 87, 92): paths painted,
// shadings, XObjects. "n" ends a path without painting it (a clip).
bool paints(std::string_view op)
{
    static constexpr std::string_view ops[] = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do"};
    for (std::string_view p : ops)
        if (op == p)
            return true;
    return false;
}

class Marker
{
public:
    Marker(std::string_view in, const std::vector<MarkedSequence> &sequences, std::string &out)
        : m_in(in), m_sequences(sequences), m_out(out)
    {
    }

    std::string run()
    {
        const size_t n = m_in.size();
        size_t i = 0;
        while (i < n && m_error.empty()) {
            const char c = m_in[i];
            if (isWhite(c)) {
                ++i;
            } else if (c == '%') { // a comment, to the end of the line
                while (i < n && m_in[i] != '\n' && m_in[i] != '\r')
                    ++i;
            } else if (c == '(') { // a literal string: balanced parentheses, backslash escapes
                int depth = 0;
                for (; i < n; ++i) {
                    if (m_in[i] == '\\')
                        ++i;
                    else if (m_in[i] == '(')
                        ++depth;
                    else if (m_in[i] == ')' && --depth == 0)
                        break;
                }
                ++i;
                operand({});
            } else if (c == '<' && i + 1 < n && m_in[i + 1] == '<') {
                i += 2;
                operand({});
            } else if (c == '<') { // a hexadecimal string
                while (i < n && m_in[i] != '>')
                    ++i;
                ++i;
                operand({});
            } else if (c == '>') {
                i += (i + 1 < n && m_in[i + 1] == '>') ? 2 : 1;
                operand({});
            } else if (c == '[' || c == ']' || c == '{' || c == '}') {
                ++i;
                operand({});
            } else {
                const size_t start = i;
                ++i; // a name's slash, or the token's first character
                while (i < n && !isWhite(m_in[i]) && !isDelimiter(m_in[i]))
                    ++i;
                const std::string_view token = m_in.substr(start, i - start);
                if (c == '/' || token == "true" || token == "false" || token == "null")
                    operand({});
                else if (isNumber(token))
                    operand(token);
                else
                    op(token, i);
            }
        }
        if (m_error.empty()) {
            if (m_reIndex >= 0)
                fail("a sequence boundary's rectangle is not painted as one");
            else if (m_next != int(m_sequences.size()) + 1)
                fail("found " + std::to_string(m_next) + " of its " + std::to_string(m_sequences.size() + 1) +
                     " sequence boundaries");
        }
        m_out.append(m_in.substr(m_copied));
        return m_error;
    }

private:
    enum class Held { None, AfterQ, InState }; // since the last "Q": maybe a boundary's start

    void operand(std::string_view number)
    {
        if (m_operands < 4)
            m_numbers[m_operands] = number;
        m_numeric = m_numeric && !number.empty();
        ++m_operands;
    }

    void op(std::string_view name, size_t end)
    {
        const size_t groupStart = m_groupStart;
        const int operands = m_operands;
        const bool numeric = m_numeric;
        m_groupStart = end;
        m_operands = 0;
        m_numeric = true;

        if (name == "BI" || name == "ID" || name == "EI")
            return fail("an inline image, which the report does not paint");
        if (m_reIndex >= 0) {
            const int index = m_reIndex;
            m_reIndex = -1;
            m_held = Held::None;
            if ((name == "f" || name == "S" || name == "B") && operands == 0) {
                m_out.append(m_in.substr(m_copied, m_qEnd - m_copied));
                boundary(index);
                m_out.append(m_in.substr(m_qEnd, m_reStart - m_qEnd));
                m_copied = end;
                return;
            }
            return fail("a sequence boundary's rectangle is not painted as one");
        }
        if (name == "re" && operands == 4 && numeric && m_numbers[0] == kBoundaryXText) {
            const int index = boundaryIndex();
            if (index >= 0) {
                if (m_held != Held::InState)
                    return fail("sequence boundary " + std::to_string(index) + " does not start a graphics state");
                m_reIndex = index;
                m_reStart = groupStart;
                return;
            }
        }

        const bool inside = m_next > 0 && m_next <= int(m_sequences.size());
        if (name == "BT") {
            if (!inside)
                fail("text outside the sequences");
            m_inText = true;
            m_sawText = true;
        } else if (name == "ET") {
            m_inText = false;
        } else if (paints(name)) {
            if (!inside)
                fail("painting (" + std::string(name) + ") outside the sequences");
            m_sawPainting = true;
        }

        const bool state = !paints(name) && name != "BT" && name != "ET" && name != "Q" && name != "BDC" &&
                           name != "BMC" && name != "EMC" && name != "MP" && name != "DP";
        if (name == "Q" && operands == 0) { // the marks go after the last of a run of "Q"s
            m_held = Held::AfterQ;
            m_qEnd = end;
        } else if (m_held == Held::AfterQ) {
            m_held = name == "q" && operands == 0 ? Held::InState : Held::None;
        } else if (m_held == Held::InState && !state) {
            m_held = Held::None;
        }
    }

    int boundaryIndex() const
    {
        if (!near(number(m_numbers[0]), kBoundaryX) || !near(number(m_numbers[2]), kBoundaryWidth) ||
            !near(number(m_numbers[3]), kBoundaryHeight))
            return -1;
        const double index = -number(m_numbers[1]) - kBoundaryY;
        return index >= 0 && near(index, std::round(index)) ? int(std::lround(index)) : -1;
    }

    void boundary(int index)
    {
        if (index != m_next)
            return fail("sequence boundary " + std::to_string(index) + " where " + std::to_string(m_next) +
                        " was expected");
        if (m_inText)
            return fail("a sequence boundary inside a text object");
        m_out += '\n';
        if (m_next > 0) {
            const MarkedSequence &done = m_sequences[size_t(m_next - 1)];
            if (done.text && (!m_sawText || m_sawPainting))
                return fail("text sequence " + std::to_string(m_next - 1) +
                            (m_sawText ? " holds paths or images" : " holds no text"));
            m_out += "EMC\n";
        }
        if (m_next < int(m_sequences.size())) {
            m_out += m_sequences[size_t(m_next)].start;
            m_out += '\n';
        } else if (m_next > int(m_sequences.size())) {
            return fail("more sequence boundaries than sequences");
        }
        m_sawText = m_sawPainting = false;
        ++m_next;
    }

    void fail(const std::string &message)
    {
        if (m_error.empty())
            m_error = message;
    }

    std::string_view m_in;
    const std::vector<MarkedSequence> &m_sequences;
    std::string &m_out;
    size_t m_copied = 0;     // m_in up to here is in m_out (or left out)
    size_t m_groupStart = 0; // where the current operator's operands begin
    int m_operands = 0;
    bool m_numeric = true;
    std::string_view m_numbers[4];
    Held m_held = Held::None;
    size_t m_qEnd = 0;    // after the last "Q"
    int m_reIndex = -1;   // a boundary's rectangle, waiting for its painting operator
    size_t m_reStart = 0; // where its operands begin
    int m_next = 0;       // the boundary expected next
    bool m_inText = false;
    bool m_sawText = false, m_sawPainting = false; // in the current sequence
    std::string m_error;
};

} // namespace

QRectF contentBoundaryRect(int index)
{
    return QRectF(kBoundaryX, -(kBoundaryY + index), kBoundaryWidth, kBoundaryHeight);
}

std::string markContent(std::string_view content, const std::vector<MarkedSequence> &sequences, std::string &out)
{
    return Marker(content, sequences, out).run();
}

} // namespace ik::report
