#include "core/report/pdfcontentmarks.h"

#include <cmath>
#include <set>
#include <string>
#include <utility>

namespace ik::report {

namespace {

constexpr double kBoundaryX = -77777;
constexpr double kBoundaryY = 10000;
constexpr double kBoundaryWidth = 7;
constexpr double kBoundaryHeight = 3;

bool near(double a, double b) { return std::fabs(a - b) < 1e-3; }

// Operators that put marks on the page (ISO 32000-1, tables 59, 77, 87, 92): paths painted,
// shadings, XObjects, inline images. "n" ends a path without painting it (a clip).
bool paints(const std::string &op)
{
    static const std::set<std::string> ops{"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI", "EI"};
    return ops.count(op) > 0;
}

} // namespace

QRectF contentBoundaryRect(int index)
{
    return QRectF(kBoundaryX, -(kBoundaryY + index), kBoundaryWidth, kBoundaryHeight);
}

ContentMarker::ContentMarker(std::vector<Sequence> sequences) : m_sequences(std::move(sequences)) {}

void ContentMarker::handleToken(const QPDFTokenizer::Token &token)
{
    m_group.tokens.push_back(token);
    switch (token.getType()) {
    case QPDFTokenizer::tt_space:
    case QPDFTokenizer::tt_comment:
        return;
    case QPDFTokenizer::tt_integer:
    case QPDFTokenizer::tt_real:
        m_group.numbers.push_back(std::stod(token.getValue()));
        return;
    case QPDFTokenizer::tt_word:
    case QPDFTokenizer::tt_inline_image:
        m_group.op = token.getType() == QPDFTokenizer::tt_word ? token.getValue() : std::string("EI");
        held(std::move(m_group));
        m_group = Group();
        return;
    default:
        m_group.numeric = false;
        return;
    }
}

void ContentMarker::handleEOF()
{
    if (m_heldIndex >= 0)
        fail("a sequence boundary's rectangle is not painted as one");
    flushHeld();
    for (const QPDFTokenizer::Token &t : m_group.tokens)
        writeToken(t);
    m_group = Group();
    if (m_next != int(m_sequences.size()) + 1)
        fail("found " + std::to_string(m_next) + " of its " + std::to_string(m_sequences.size() + 1) +
             " sequence boundaries");
}

// A boundary is "Q q [<6 numbers> cm] <state>… <boundary> re S|f|B". Its groups are held
// from the "Q" until they are known to be one or not.
void ContentMarker::held(Group group)
{
    const bool isRect = group.op == "re" && group.numeric && group.numbers.size() == 4;
    const int index = isRect ? boundaryIndex(group) : -1;
    if (m_heldIndex >= 0) { // the rectangle was the last group: its painting must follow
        if ((group.op == "S" || group.op == "f" || group.op == "B") && group.numbers.empty()) {
            const int found = m_heldIndex;
            std::vector<Group> held = std::move(m_held);
            m_held.clear();
            m_heldIndex = -1;
            pass(held.front()); // the "Q" ends the sequence's last graphics state
            boundary(found);
            for (size_t i = 1; i + 1 < held.size(); ++i)
                pass(held[i]);
            return;
        }
        fail("a sequence boundary's rectangle is not painted as one");
        flushHeld();
    }
    if (index >= 0) {
        if (m_held.size() >= 2) {
            m_heldIndex = index;
            m_held.push_back(std::move(group));
            return;
        }
        fail("sequence boundary " + std::to_string(index) + " does not start a graphics state");
        flushHeld();
        pass(group);
        return;
    }
    if (group.op == "Q" && group.numbers.empty() && group.numeric) {
        flushHeld();
        m_held.push_back(std::move(group));
        return;
    }
    const bool state = !paints(group.op) && group.op != "BT" && group.op != "ET" && group.op != "Q" &&
                       group.op != "BDC" && group.op != "BMC" && group.op != "EMC";
    if (!m_held.empty() && (m_held.size() > 1 || group.op == "q") && state && m_held.size() < 32) {
        m_held.push_back(std::move(group));
        return;
    }
    flushHeld();
    pass(group);
}

void ContentMarker::flushHeld()
{
    for (const Group &g : m_held)
        pass(g);
    m_held.clear();
    m_heldIndex = -1;
}

int ContentMarker::boundaryIndex(const Group &re) const
{
    const std::vector<double> &v = re.numbers;
    if (!near(v[0], kBoundaryX) || !near(v[2], kBoundaryWidth) || !near(v[3], kBoundaryHeight))
        return -1;
    const double index = -v[1] - kBoundaryY;
    return index >= 0 && near(index, std::round(index)) ? int(std::lround(index)) : -1;
}

void ContentMarker::pass(const Group &group)
{
    for (const QPDFTokenizer::Token &t : group.tokens)
        writeToken(t);
    const bool inside = m_next > 0 && m_next <= int(m_sequences.size());
    if (group.op == "BT") {
        if (!inside)
            fail("text outside the sequences");
        m_inText = true;
        m_sawText = true;
    } else if (group.op == "ET") {
        m_inText = false;
    } else if (paints(group.op)) {
        if (!inside)
            fail("painting (" + group.op + ") outside the sequences");
        m_sawPainting = true;
    }
}

void ContentMarker::boundary(int index)
{
    if (index != m_next) {
        fail("sequence boundary " + std::to_string(index) + " where " + std::to_string(m_next) +
             " was expected");
        return;
    }
    if (m_inText)
        fail("a sequence boundary inside a text object");
    write("\n");
    if (m_next > 0) {
        const Sequence &done = m_sequences[size_t(m_next - 1)];
        if (done.text && (!m_sawText || m_sawPainting))
            fail("text sequence " + std::to_string(m_next - 1) +
                 (m_sawText ? " holds paths or images" : " holds no text"));
        write("EMC\n");
    }
    if (m_next < int(m_sequences.size())) {
        write(m_sequences[size_t(m_next)].start);
        write("\n");
    } else if (m_next > int(m_sequences.size())) {
        fail("more sequence boundaries than sequences");
    }
    m_sawText = m_sawPainting = false;
    ++m_next;
}

void ContentMarker::fail(const std::string &message)
{
    if (m_error.empty())
        m_error = message;
}

} // namespace ik::report
