#include "widgets/generation/CandidateStrip.h"

#include "widgets/generation/MiniRoll.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fgg::ui {

CandidateStrip::CandidateStrip(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("candidateStrip"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto* header = new QHBoxLayout;
    title_ = new QLabel(this);
    discard_ = new QPushButton(tr("Discard all"), this);
    discard_->setToolTip(tr("Forget these candidates; the piece stays as it is"));
    header->addWidget(title_, 1);
    header->addWidget(discard_);
    outer->addLayout(header);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    row_ = new QHBoxLayout(inner);
    row_->setContentsMargins(0, 0, 0, 0);
    empty_ =
        new QLabel(tr("Generated candidates appear here: click one to preview it in the roll, play it, and "
                      "accept the one you like."),
                   inner);
    empty_->setWordWrap(true);
    empty_->setStyleSheet(QStringLiteral("color:#8a929b;"));
    row_->addWidget(empty_, 1);
    row_->addStretch(0);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);
    connect(discard_, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT discarded();
    });
    clear();
}

void CandidateStrip::clear() {
    for (QWidget* c : cards_)
        c->deleteLater();
    for (QWidget* c : formingCards_)
        c->deleteLater();
    cards_.clear();
    formingCards_.clear();
    formingRolls_.clear();
    accept_.clear();
    play_.clear();
    drag_.clear();
    candidates_.clear();
    from_ = to_ = 0;
    current_ = -1;
    title_->setText(tr("No candidates"));
    discard_->setEnabled(false);
    empty_->show();
}

CandidateStrip::Card CandidateStrip::newCard(const QString& objectName, int index) {
    auto* card = new QFrame(row_->parentWidget());
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(objectName);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(4, 4, 4, 4);
    return {card, layout, new QLabel(tr("Candidate %1").arg(index + 1), card)};
}

void CandidateStrip::setCandidates(const std::vector<Score>& candidates, const QString& what, Tick from,
                                   Tick to) {
    clear();
    candidates_ = candidates;
    from_ = from;
    to_ = to;
    empty_->hide();
    title_->setText(tr("%n candidate(s) for %1", nullptr, static_cast<int>(candidates.size())).arg(what));
    discard_->setEnabled(true);
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
        auto [card, l, label] = newCard(QStringLiteral("candidate%1").arg(i + 1), static_cast<int>(i));
        auto* mini = new MiniRoll(card);
        mini->setScore(candidates_[i], from, to);
        mini->setToolTip(tr("Click to preview in the roll; drag out of the window for a MIDI file"));
        mini->installEventFilter(this);
        mini->setProperty("candidate", static_cast<int>(i));
        auto* buttons = new QHBoxLayout;
        auto* play = new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), tr("Play"), card);
        play->setToolTip(tr("Listen to this candidate"));
        auto* accept = new QPushButton(tr("Accept"), card);
        accept->setToolTip(tr("Put this candidate into the piece (undoable)"));
        auto* drag = new MidiDragButton(card);
        drag->setText(tr("MIDI"));
        drag->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        drag->setToolTip(tr("Drag this candidate into your DAW or a folder as a MIDI file"));
        drag->setObjectName(QStringLiteral("dragCandidate%1").arg(i + 1));
        buttons->addWidget(play);
        buttons->addWidget(accept);
        buttons->addWidget(drag);
        l->addWidget(label);
        l->addWidget(mini, 1);
        l->addLayout(buttons);
        row_->insertWidget(static_cast<int>(i), card);
        cards_.push_back(card);
        accept_.push_back(accept);
        play_.push_back(play);
        drag_.push_back(drag);
        const int index = static_cast<int>(i);
        drag->setProvider(
            [this, index]() -> QMimeData* { return dragProvider_ ? dragProvider_(index) : nullptr; });
        connect(drag, &MidiDragButton::dragStarting, this,
                [this, index](const QMimeData* data) { Q_EMIT dragStarting(index, data); });
        connect(play, &QPushButton::clicked, this, [this, index] {
            setCurrent(index);
            Q_EMIT auditionRequested(index);
        });
        connect(accept, &QPushButton::clicked, this, [this, index] { Q_EMIT acceptRequested(index); });
    }
    if (!candidates_.empty()) setCurrent(0);
}

void CandidateStrip::showForming(const std::vector<Score>& forming, const QString& status, Tick from,
                                 Tick to) {
    if (formingRolls_.size() != forming.size() || !candidates_.empty()) {
        clear();
        empty_->hide();
        for (std::size_t i = 0; i < forming.size(); ++i) {
            auto [card, l, label] = newCard(QStringLiteral("forming%1").arg(i + 1), static_cast<int>(i));
            label->setStyleSheet(QStringLiteral("color:#8a929b;"));
            auto* mini = new MiniRoll(card);
            mini->setToolTip(tr("Taking shape: the notes this candidate would have if the generation "
                                "stopped now"));
            l->addWidget(label);
            l->addWidget(mini, 1);
            row_->insertWidget(static_cast<int>(i), card);
            formingCards_.push_back(card);
            formingRolls_.push_back(mini);
        }
    }
    title_->setText(status);
    for (std::size_t i = 0; i < forming.size(); ++i)
        formingRolls_[i]->setScore(forming[i], from, to);
}

void CandidateStrip::setCurrent(int i) {
    if (i < 0 || i >= count()) return;
    current_ = i;
    for (std::size_t k = 0; k < cards_.size(); ++k)
        cards_[k]->setStyleSheet(
            static_cast<int>(k) == i
                ? QStringLiteral("QFrame#%1{border:2px solid #ffd24a;}").arg(cards_[k]->objectName())
                : QString());
    Q_EMIT previewRequested(i);
}

QPushButton* CandidateStrip::acceptButton(int i) const {
    return accept_.at(static_cast<std::size_t>(i));
}
QPushButton* CandidateStrip::playButton(int i) const {
    return play_.at(static_cast<std::size_t>(i));
}

MidiDragButton* CandidateStrip::dragButton(int i) const {
    return drag_.at(static_cast<std::size_t>(i));
}

bool CandidateStrip::eventFilter(QObject* watched, QEvent* event) {
    const QVariant v = watched->property("candidate");
    if (!v.isValid()) return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        setCurrent(v.toInt());
        miniRollDrag_.press(static_cast<QMouseEvent*>(event)->position().toPoint());
    } else if (event->type() == QEvent::MouseButtonRelease) {
        miniRollDrag_.release();
    } else if (event->type() == QEvent::MouseMove) {
        const auto* e = static_cast<QMouseEvent*>(event);
        if (miniRollDrag_.moved(e->position().toPoint(), e->buttons()) && dragProvider_) {
            // The mini-roll itself is the handle: dragging a candidate feels like dragging a clip.
            const int index = v.toInt();
            if (QMimeData* data = dragProvider_(index)) {
                Q_EMIT dragStarting(index, data);
                const QList<QUrl> urls = data->urls();
                startMidiDrag(qobject_cast<QWidget*>(watched), data,
                              urls.isEmpty() ? QString() : urls.front().fileName());
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fgg::ui
