#include "core/report/pdfcontentmarks.h"

#include <cmath>
#include <cstdlib>
#include <limits>
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

// What an operator is to the marker, found once per operator: the pages hold hundreds of
// thousands. Painting: paths painted, shadings, XObjects (ISO 32000-1, tables 59, 77, 87, 92);
// "n" ends a path without painting it (a clip). State: whatever else may stand between a
// boundary's "q" and its rectangle.
enum class Op { Paint, BeginText, EndText, Save, Restore, Marked, InlineImage, State };

Op classify(std::string_view op)
{
    switch (op.size()) {
    case 1:
        switch (op[0]) {
        case 'S': case 's': case 'f': case 'F': case 'B': case 'b': return Op::Paint;
        case 'q': return Op::Save;
        case 'Q': return Op::Restore;
        default: return Op::State;
        }
    case 2:
        if (op == "f*" || op == "B*" || op == "b*" || op == "sh" || op == "Do")
            return Op::Paint;
        if (op == "BT")
            return Op::BeginText;
        if (op == "ET")
            return Op::EndText;
        if (op == "BI" || op == "ID" || op == "EI")
            return Op::InlineImage;
        if (op == "MP" || op == "DP")
            return Op::Marked;
        return Op::State;
    case 3:
        if (op == "BDC" || op == "BMC" || op == "EMC")
            return Op::Marked;
        return Op::State;
    default:
        return Op::State;
    }
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
            if (m_inText && (i = skipText(i)) == n)
                break;
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
    // Inside a text object, where most of a page's bytes are and only its end matters: skips
    // to the "ET" that ends it, or to what could hide those letters (a literal string, a
    // comment), which the tokenizer then reads. The hexadecimal strings QPdfWriter writes glyphs
    // in cannot hold them, nor can numbers, and a name's "ET" follows no white space.
    size_t skipText(size_t from) const
    {
        const size_t n = m_in.size();
        for (size_t at = from; at < n; ++at) {
            const char c = m_in[at];
            if (c == '(' || c == '%')
                return at;
            if (c == 'E' && at + 1 < n && m_in[at + 1] == 'T' && at > 0 && isWhite(m_in[at - 1]) &&
                (at + 2 == n || isWhite(m_in[at + 2]) || isDelimiter(m_in[at + 2])))
                return at;
        }
        return n;
    }

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

        // Most of a page: text operators, which change nothing the marks depend on.
        if (m_inText && (name[0] == 'T' || name == "'" || name == "\""))
            return;
        const Op kind = classify(name);
        if (kind == Op::InlineImage)
            return fail("an inline image, which the report does not paint");
        if (m_reIndex >= 0) {
            const int index = m_reIndex;
            m_reIndex = -1;
            m_held = Held::None;
            if ((name == "f" || name == "S" || name == "B") && operands == 0)
                return boundary(index, end);
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
        const bool marks = kind == Op::BeginText || kind == Op::Paint;
        if (marks && !inside)
            return fail(kind == Op::BeginText ? std::string("text outside the sequences")
                                              : "painting (" + std::string(name) + ") outside the sequences");
        if (kind == Op::BeginText) {
            m_inText = true;
            m_sawText = true;
        } else if (kind == Op::EndText) {
            m_inText = false;
        } else if (kind == Op::Paint) {
            m_sawPainting = true;
        }

        const bool closes = kind == Op::Restore && operands == 0;
        if (!closes && m_held == Held::AfterQ)
            m_held = kind == Op::Save && operands == 0 ? Held::InState : Held::None;
        else if (m_held == Held::InState && kind != Op::State && kind != Op::Save)
            m_held = Held::None;
        if (!closes && m_held == Held::None && !m_run.empty())
            endRun(); // not a boundary's: those states closed inside the sequence

        if (kind == Op::Save && operands == 0) {
            ++m_depth;
            reached(end);
        } else if (closes) {
            if (!m_lastClosed && !m_run.empty())
                endRun(); // a run followed by a new state, not a boundary: the sequence's own
            if (m_run.empty())
                m_runStart = groupStart;
            if (--m_depth < 0)
                return fail("more \"Q\" than \"q\"");
            m_run.push_back(end);
            m_runBottom = m_depth;
            m_held = Held::AfterQ;
            reached(end);
        }
        m_lastClosed = closes;
        if (marks && !m_begun) {
            m_begun = true;
            m_lowest = m_depth;
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

    // Before the sequence paints, where each depth of graphics states was last reached: its
    // start can go at any of them.
    void reached(size_t at)
    {
        if (m_begun)
            return;
        if (m_startAt.size() <= size_t(m_depth))
            m_startAt.resize(size_t(m_depth) + 1, std::string_view::npos);
        m_startAt[size_t(m_depth)] = at;
    }

    // A run of "Q" that turned out to be the sequence's own, not a boundary's.
    void endRun()
    {
        if (m_begun)
            m_lowest = std::min(m_lowest, m_runBottom);
        m_run.clear();
    }

    // The rectangle of boundary `index` ends at `end`. The sequence before it is marked from
    // where, before it painted, the graphics states were as they are where it ends; it ends in
    // the boundary's run of "Q", at the outermost depth it never went below. So marked content
    // and graphics states nest, whatever states the painter opened and closed around the parts.
    void boundary(int index, size_t end)
    {
        if (index != m_next)
            return fail("sequence boundary " + std::to_string(index) + " where " + std::to_string(m_next) +
                        " was expected");
        if (m_inText)
            return fail("a sequence boundary inside a text object");
        if (m_next > int(m_sequences.size()))
            return fail("more sequence boundaries than sequences");
        if (m_next == 0) {
            m_out.append(m_in.substr(m_copied, m_reStart - m_copied));
        } else {
            const MarkedSequence &done = m_sequences[size_t(m_next - 1)];
            if (done.text && (!m_sawText || m_sawPainting))
                return fail("text sequence " + std::to_string(m_next - 1) +
                            (m_sawText ? " holds paths or images" : " holds no text"));
            // The run of "Q" took the depth from `top` down to `bottom`.
            const int bottom = m_runBottom;
            const int top = bottom + int(m_run.size());
            int depth = bottom;
            while (depth <= top && (size_t(depth) >= m_startAt.size() || m_startAt[size_t(depth)] == std::string_view::npos))
                ++depth;
            if (depth > top || depth > m_lowest)
                return fail("sequence " + std::to_string(m_next - 1) +
                            " does not end in the graphics state it began in");
            const size_t begin = m_startAt[size_t(depth)];
            const size_t close = depth == top ? m_runStart : m_run[size_t(top - depth - 1)];
            m_out.append(m_in.substr(m_copied, begin - m_copied));
            m_out += '\n';
            m_out += done.start;
            m_out += '\n';
            m_out.append(m_in.substr(begin, close - begin));
            m_out += "\nEMC\n";
            m_out.append(m_in.substr(close, m_reStart - close));
        }
        m_copied = end; // the rectangle is left out
        m_run.clear();
        m_startAt.clear();
        m_begun = false;
        m_lowest = std::numeric_limits<int>::max();
        m_sawText = m_sawPainting = false;
        ++m_next;
        reached(end);
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
    int m_reIndex = -1;   // a boundary's rectangle, waiting for its painting operator
    size_t m_reStart = 0; // where its operands begin
    int m_next = 0;       // the boundary expected next
    bool m_inText = false;
    int m_depth = 0;          // graphics states open ("q" not yet closed by "Q")
    std::vector<size_t> m_run; // the last run of "Q": where each ends
    size_t m_runStart = 0;     // where its first begins
    int m_runBottom = 0;       // the depth after its last
    bool m_lastClosed = false; // the last operator was a "Q"
    // The current sequence: where each depth was last reached before it painted, whether it has
    // painted, and the lowest depth since (runs of "Q" that may be a boundary's not counted).
    std::vector<size_t> m_startAt;
    bool m_begun = false;
    int m_lowest = std::numeric_limits<int>::max();
    bool m_sawText = false, m_sawPainting = false;
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
