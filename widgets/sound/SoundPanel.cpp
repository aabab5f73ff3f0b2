#include "widgets/sound/SoundPanel.h"

#include "model/music/GeneralMidi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStandardItemModel>
#include <algorithm>

namespace fgg::ui {

QComboBox* makeProgramBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setMaxVisibleItems(24);
    for (int p = 0; p < gm::kPrograms; ++p) {
        if (p % 8 == 0) {
            // The family as a heading that cannot be chosen: 128 names are easier to scan in sixteen groups.
            box->addItem(
                QString::fromUtf8(gm::familyName(p).data(), static_cast<int>(gm::familyName(p).size())));
            auto* model = qobject_cast<QStandardItemModel*>(box->model());
            QStandardItem* heading = model->item(box->count() - 1);
            heading->setFlags(heading->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
        }
        const std::string_view name = gm::programName(p);
        // Numbered from 1, as synths and DAWs show General MIDI programs.
        box->addItem(QStringLiteral("%1 %2").arg(p + 1).arg(
                         QString::fromUtf8(name.data(), static_cast<int>(name.size()))),
                     p);
    }
    return box;
}

void selectProgram(QComboBox* box, int program) {
    const int index = box->findData(std::clamp(program, 0, gm::kPrograms - 1));
    if (index >= 0) box->setCurrentIndex(index);
}

SoundPanel::SoundPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("soundPanel"));
    auto* form = new QFormLayout(this);
    melody_ = makeProgramBox(this);
    melody_->setObjectName(QStringLiteral("melodyProgram"));
    melody_->setToolTip(
        tr("The melody's General MIDI instrument: heard in playback and written to MIDI files"));
    accompaniment_ = makeProgramBox(this);
    accompaniment_->setObjectName(QStringLiteral("accompanimentProgram"));
    accompaniment_->setToolTip(
        tr("The accompaniment's General MIDI instrument: heard in playback and written to MIDI files"));
    pad_ = new QCheckBox(tr("Chord &pad"), this);
    pad_->setObjectName(QStringLiteral("chordPad"));
    pad_->setToolTip(tr("Sound the chord lane as sustained chords (played, and exported as a Chords track)"));
    padProgram_ = makeProgramBox(this);
    padProgram_->setObjectName(QStringLiteral("chordPadProgram"));
    padProgram_->setToolTip(tr("The chord pad's General MIDI instrument"));
    volume_ = new QSlider(Qt::Horizontal, this);
    volume_->setObjectName(QStringLiteral("volume"));
    volume_->setPageStep(3); // its range comes from the owner (setVolumeRange): the app's preference limits
    volume_->setToolTip(tr("How loud the internal synth plays (exported WAV files are scaled to their own "
                           "peak; MIDI ports are not affected)"));
    volumeText_ = new QLabel(this);
    volumeText_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* volumeRow = new QHBoxLayout;
    volumeRow->addWidget(volume_, 1);
    volumeRow->addWidget(volumeText_);
    auto* volumeLabel = new QLabel(tr("&Volume:"), this);
    volumeLabel->setBuddy(volume_); // a row of two widgets has no buddy of its own
    form->addRow(volumeLabel, volumeRow);
    form->addRow(tr("&Melody:"), melody_);
    form->addRow(tr("&Accompaniment:"), accompaniment_);
    form->addRow(pad_, padProgram_);
    auto* hint = new QLabel(tr("Programs are General MIDI: FluidSynth plays them with the soundfont, and a "
                               "DAW or synth on the MIDI port gets them as program changes."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color:#8a929b;"));
    form->addRow(hint);

    auto chosen = [this](QComboBox* box, const char* track) {
        connect(box, qOverload<int>(&QComboBox::activated), this, [this, box, track] {
            Q_EMIT programChosen(QString::fromLatin1(track), box->currentData().toInt());
        });
    };
    chosen(melody_, kMelodyTrack);
    chosen(accompaniment_, kAccompanimentTrack);
    auto padChosen = [this] {
        padProgram_->setEnabled(pad_->isChecked());
        Q_EMIT chordPadChosen(pad_->isChecked(), padProgram_->currentData().toInt());
    };
    connect(pad_, &QCheckBox::toggled, this, padChosen);
    connect(padProgram_, qOverload<int>(&QComboBox::activated), this, padChosen);
    connect(volume_, &QSlider::valueChanged, this, [this](int db) {
        showVolume(db);
        Q_EMIT volumeChosen(db);
    });
    showScore(Score{});
    showVolume(0);
}

void SoundPanel::showScore(const Score& score) {
    const QSignalBlocker b1(melody_), b2(accompaniment_), b3(pad_), b4(padProgram_);
    const Track* m = score.track(kMelodyTrack);
    const Track* a = score.track(kAccompanimentTrack);
    selectProgram(melody_, m ? m->program : gm::kFlute);
    selectProgram(accompaniment_, a ? a->program : gm::kAcousticGrandPiano);
    melody_->setEnabled(m != nullptr);
    accompaniment_->setEnabled(a != nullptr);
    pad_->setChecked(score.chordPad.enabled);
    selectProgram(padProgram_, score.chordPad.program);
    padProgram_->setEnabled(score.chordPad.enabled);
}

void SoundPanel::setVolumeRange(int minDb, int maxDb) {
    const QSignalBlocker b(volume_);
    volume_->setRange(minDb, maxDb);
    const QFontMetrics metrics =
        volumeText_->fontMetrics(); // room for the widest value, so the slider keeps still
    volumeText_->setMinimumWidth(std::max(metrics.horizontalAdvance(tr("%1 dB").arg(minDb)),
                                          metrics.horizontalAdvance(tr("+%1 dB").arg(maxDb))));
}

void SoundPanel::showVolume(int db) {
    {
        const QSignalBlocker b(volume_);
        volume_->setValue(db);
    }
    // A minus sign for cuts, a plus for boosts, as mixers label their faders.
    volumeText_->setText(db > 0 ? tr("+%1 dB").arg(db) : tr("%1 dB").arg(db));
}

QComboBox* SoundPanel::programBox(const std::string& track) const {
    if (track == kMelodyTrack) return melody_;
    if (track == kAccompanimentTrack) return accompaniment_;
    return nullptr;
}

} // namespace fgg::ui
