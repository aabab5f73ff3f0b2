#include "app/studio/PreferencesDialog.h"

#include "app/studio/Playback.h"
#include "audio/AudioOutput.h"
#include "audio/MidiPortList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace fgg::studio {

namespace {
QString joined(const std::vector<std::string>& names) {
    QStringList list;
    for (const std::string& n : names)
        list << QString::fromStdString(n);
    return list.join(QStringLiteral(", "));
}
/// The index of `value` in `box`; a saved choice the list lacks is added, named by `missing` ("%1 (...)"), so
/// that it is neither lost nor silently replaced.
int choiceIndex(QComboBox* box, const QString& value, const QString& missing) {
    if (!value.isEmpty() && box->findData(value) < 0) box->addItem(missing.arg(value), value);
    return std::max(0, box->findData(value));
}

int selectPort(QComboBox* box, const QString& port) {
    return choiceIndex(box, port, PreferencesDialog::tr("%1 (not connected)"));
}

/// The first entry ("None") and the chosen port stay; the rest becomes `ports`.
void fillPorts(QComboBox* box, const std::vector<std::string>& ports) {
    const QString chosen = box->currentData().toString();
    const QSignalBlocker block(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const std::string& p : ports)
        box->addItem(QString::fromStdString(p), QString::fromStdString(p));
    box->setCurrentIndex(selectPort(box, chosen));
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences& prefs, QWidget* parent)
    : QDialog(parent), shown_(prefs) {
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(this);

    auto* sfRow = new QWidget(this);
    auto* sfLayout = new QHBoxLayout(sfRow);
    sfLayout->setContentsMargins(0, 0, 0, 0);
    soundFont_ = new QLineEdit(prefs.soundFont, sfRow);
    soundFont_->setPlaceholderText(tr("default General MIDI soundfont (FluidR3_GM)"));
    auto* browse = new QToolButton(sfRow);
    browse->setText(QStringLiteral("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose a soundfont"), soundFont_->text(),
                                                       tr("SoundFont 2 (*.sf2);;All files (*)"));
        if (!f.isEmpty()) soundFont_->setText(f);
    });
    sfLayout->addWidget(soundFont_, 1);
    sfLayout->addWidget(browse);
    form->addRow(tr("&Soundfont:"), sfRow);

    audioDriver_ = new QComboBox(this);
    audioDriver_->addItem(tr("Automatic (the first that works)"), QString());
    for (const std::string& d : audio::AudioOutput::availableDrivers())
        audioDriver_->addItem(QString::fromStdString(d), QString::fromStdString(d));
    audioDriver_->setCurrentIndex(
        choiceIndex(audioDriver_, prefs.audioDriver, tr("%1 (not in this FluidSynth)")));
    audioDriver_->setToolTip(tr("How the internal synth reaches the sound card; Automatic tries %1 in turn")
                                 .arg(joined(audio::AudioOutput::defaultDriverOrder())));
    form->addRow(tr("Audio &output:"), audioDriver_);

    midiPort_ = new QComboBox(this);
    midiPort_->addItem(tr("None (internal synth only)"), QString());
    form->addRow(tr("&MIDI output:"), midiPort_);
    livePort_ = new QCheckBox(tr("Offer a &live MIDI port for a DAW (%1:%2)")
                                  .arg(QLatin1String(kLiveClient), QLatin1String(kLivePort)),
                              this);
    livePort_->setObjectName(QStringLiteral("liveMidiPort"));
    livePort_->setToolTip(tr("Playback goes to this port too: connect a DAW's MIDI input to it (Transport > "
                             "Send Live to DAW does the same)"));
    livePort_->setChecked(prefs.liveMidiPort);
    form->addRow(QString(), livePort_);
    midiInput_ = new QComboBox(this);
    midiInput_->addItem(tr("None"), QString());
    form->addRow(tr("MIDI &input:"), midiInput_);
    midiStatus_ = new QLabel(this); // no MIDI system: said here, not as an error
    midiStatus_->setWordWrap(true);
    form->addRow(midiStatus_);
    midiPort_->setToolTip(tr("Play to an external synth or DAW as well"));
    midiInput_->setToolTip(tr("A MIDI keyboard for step input (Edit > MIDI Input)"));
    midiPort_->setCurrentIndex(selectPort(midiPort_, prefs.midiPort));
    midiInput_->setCurrentIndex(selectPort(midiInput_, prefs.midiInput));
    listMidiPorts();
    auto* portTimer = new QTimer(this); // a keyboard plugged in, a synth started: the lists follow
    portTimer->setInterval(2000);
    connect(portTimer, &QTimer::timeout, this, &PreferencesDialog::listMidiPorts);
    portTimer->start();

    device_ = new QComboBox(this);
    device_->addItem(tr("Automatic (CUDA when available)"), static_cast<int>(DevicePreference::Auto));
    device_->addItem(tr("CPU"), static_cast<int>(DevicePreference::Cpu));
    device_->addItem(tr("CUDA (GPU)"), static_cast<int>(DevicePreference::Cuda));
    device_->setCurrentIndex(std::max(0, device_->findData(static_cast<int>(prefs.device))));
    form->addRow(tr("Generation &device:"), device_);

    autosave_ = new QSpinBox(this);
    autosave_->setRange(0, 3600);
    autosave_->setSuffix(tr(" s"));
    autosave_->setSpecialValueText(tr("off"));
    autosave_->setValue(prefs.autosaveSeconds);
    form->addRow(tr("&Autosave every:"), autosave_);

    language_ = new QComboBox(this);
    language_->addItem(tr("System language"), QString());
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    language_->addItem(QStringLiteral("中文 (简体)"), QStringLiteral("zh_CN"));
    language_->setCurrentIndex(std::max(0, language_->findData(prefs.language)));
    form->addRow(tr("&Language:"), language_);
    form->addRow(new QLabel(tr("A new language takes effect when fgg-studio starts again."), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::listMidiPorts() {
    audio::MidiPortList ports;
    ports.refresh();
    fillPorts(midiPort_, ports.outputs());
    fillPorts(midiInput_, ports.inputs());
    midiStatus_->setText(
        ports.available() ? QString() : tr("No MIDI ports: %1").arg(QString::fromStdString(ports.status())));
    midiStatus_->setVisible(!ports.available());
}

Preferences PreferencesDialog::preferences() const {
    Preferences p = shown_; // the playback volume lives in the Sound panel
    p.soundFont = soundFont_->text().trimmed();
    p.midiPort = midiPort_->currentData().toString();
    p.midiInput = midiInput_->currentData().toString();
    p.liveMidiPort = livePort_->isChecked();
    p.audioDriver = audioDriver_->currentData().toString();
    p.device = static_cast<DevicePreference>(device_->currentData().toInt());
    p.autosaveSeconds = autosave_->value();
    p.language = language_->currentData().toString();
    return p;
}

} // namespace fgg::studio
