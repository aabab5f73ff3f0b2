#include "widgets/chords/LeadSheetEdit.h"

#include "model/music/Error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fgg::ui {

LeadSheetEdit::LeadSheetEdit(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto* label = new QLabel(tr("&Progression:"), this);
    line_ = new QLineEdit(this);
    line_->setObjectName(QStringLiteral("leadSheetLine"));
    line_->setPlaceholderText(tr("| C G | Am7 | F | G7 |   (type chords, bars between |, then Enter)"));
    line_->setToolTip(
        tr("Type a lead sheet: bars between '|', chords inside a bar share it equally, '%' repeats "
           "the previous bar, N.C. is no chord. Press Enter to apply."));
    label->setBuddy(line_);
    applyButton_ = new QPushButton(tr("Apply"), this);
    applyButton_->setToolTip(tr("Replace the chord progression with the lead sheet"));
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("leadSheetError"));
    error_->setStyleSheet(QStringLiteral("color:#ff6b6b;"));
    error_->setWordWrap(true);
    error_->hide();
    layout->addWidget(label);
    layout->addWidget(line_, 3);
    layout->addWidget(applyButton_);
    layout->addWidget(error_, 2);
    connect(line_, &QLineEdit::returnPressed, this, [this] { apply(); });
    connect(applyButton_, &QPushButton::clicked, this, [this] { apply(); });
    connect(line_, &QLineEdit::textEdited, this, [this] { clearError(); });
}

void LeadSheetEdit::showProgression(const std::vector<ChordSpan>& chords, Tick ticksPerBar, int bars) {
    if (line_->hasFocus() && line_->isModified()) return; // never overwrite what the user is typing
    QString text;
    if (!chords.empty())
        text = QString::fromStdString(LeadSheet::fromChordSpans(chords, ticksPerBar, bars).toString());
    line_->setText(text);
    line_->setModified(false);
    clearError();
}

bool LeadSheetEdit::apply() {
    const QString text = line_->text();
    try {
        const LeadSheet sheet = LeadSheet::parse(text.toStdString());
        if (sheet.bars.empty()) {
            showError(tr("The lead sheet has no bars: write chords between '|', e.g. | C G | Am |"), -1);
            return false;
        }
        clearError();
        line_->setModified(false);
        Q_EMIT leadSheetEntered(sheet);
        return true;
    } catch (const ParseError& e) {
        showError(QString::fromUtf8(e.what()), static_cast<int>(e.position()));
    } catch (const Error& e) {
        showError(QString::fromUtf8(e.what()), -1);
    }
    return false;
}

QString LeadSheetEdit::errorText() const {
    return error_->isVisible() || !error_->text().isEmpty() ? error_->text() : QString();
}

void LeadSheetEdit::showError(const QString& message, int position) {
    error_->setText(message);
    error_->setToolTip(message);
    error_->show();
    line_->setStyleSheet(QStringLiteral("QLineEdit{border:1px solid #ff6b6b;}"));
    if (position >= 0 && position < line_->text().size()) {
        // Select the offending symbol: from the position to the next space or bar line.
        const QString t = line_->text();
        while (position > 0 && !t[position - 1].isSpace() && t[position - 1] != QLatin1Char('|'))
            --position;
        int end = position;
        while (end < t.size() && !t[end].isSpace() && t[end] != QLatin1Char('|'))
            ++end;
        line_->setSelection(position, std::max(1, end - position));
    }
}

void LeadSheetEdit::clearError() {
    error_->clear();
    error_->hide();
    line_->setStyleSheet({});
}

} // namespace fgg::ui
