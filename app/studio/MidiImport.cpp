#include "app/studio/MidiImport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

namespace fgg::studio {

namespace {
std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}
} // namespace

std::vector<TrackRole> defaultRoles(const Score& file) {
    std::vector<TrackRole> roles(file.tracks.size(), TrackRole::Accompaniment);
    int melody = -1;
    for (std::size_t i = 0; i < file.tracks.size(); ++i) {
        const std::string name = upper(file.tracks[i].name);
        if (name.find("MELODY") != std::string::npos || name.find("LEAD") != std::string::npos ||
            name.find("VOCAL") != std::string::npos) {
            melody = static_cast<int>(i);
            break;
        }
    }
    if (melody < 0)
        for (std::size_t i = 0; i < file.tracks.size(); ++i)
            if (!file.tracks[i].notes.empty() && file.tracks[i].channel != 9) {
                melody = static_cast<int>(i);
                break;
            }
    for (std::size_t i = 0; i < file.tracks.size(); ++i) {
        if (static_cast<int>(i) == melody)
            roles[i] = TrackRole::Melody;
        else if (file.tracks[i].notes.empty() || file.tracks[i].channel == 9) // drums do not fit a pitch roll
            roles[i] = TrackRole::Ignore;
    }
    return roles;
}

void resolveOverlaps(std::vector<Note>& notes) {
    std::sort(notes.begin(), notes.end());
    std::vector<Note> out;
    out.reserve(notes.size());
    std::array<std::ptrdiff_t, 128> last; // index in `out` of the last note of each pitch
    last.fill(-1);
    for (const Note& n : notes) {
        const std::ptrdiff_t prev = last[static_cast<std::size_t>(n.pitch)];
        if (prev >= 0) {
            Note& p = out[static_cast<std::size_t>(prev)];
            if (p.start == n.start) { // a unison doubling: one note, the longer and louder of the two
                p.length = std::max(p.length, n.length);
                p.velocity = std::max(p.velocity, n.velocity);
                continue;
            }
            if (p.end() > n.start)
                p.length = n.start - p.start; // the earlier note ends where the next begins
        }
        last[static_cast<std::size_t>(n.pitch)] = static_cast<std::ptrdiff_t>(out.size());
        out.push_back(n);
    }
    notes = std::move(out);
}

Score assignTracks(const Score& file, const std::vector<TrackRole>& roles) {
    Score s = file;
    s.tracks.clear();
    Track melody{kMelodyTrack, 73, 0, {}};
    Track acc{kAccompanimentTrack, 0, 1, {}};
    bool melodyProgram = false, accProgram = false;
    int melodySources = 0, accSources = 0;
    for (std::size_t i = 0; i < file.tracks.size() && i < roles.size(); ++i) {
        const Track& t = file.tracks[i];
        Track* target = roles[i] == TrackRole::Melody          ? &melody
                        : roles[i] == TrackRole::Accompaniment ? &acc
                                                               : nullptr;
        if (!target) continue;
        bool& programSet = target == &melody ? melodyProgram : accProgram;
        ++(target == &melody ? melodySources : accSources);
        if (!programSet) { // the first source track's sound
            target->program = t.program;
            programSet = true;
        }
        target->notes.insert(target->notes.end(), t.notes.begin(), t.notes.end());
    }
    // Tracks merged into one channel: same-pitch overlaps between them cannot be written to (or read back
    // from) one MIDI channel unambiguously, so they are resolved as a channel would play them.
    if (melodySources > 1) resolveOverlaps(melody.notes);
    if (accSources > 1) resolveOverlaps(acc.notes);
    melody.sort();
    acc.sort();
    s.tracks = {melody, acc};
    return s;
}

MidiImportDialog::MidiImportDialog(const Score& file, const QString& fileName, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Import MIDI: %1").arg(fileName));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Choose which tracks become the melody and which the accompaniment. Chord "
                      "markers, tempo and key are read as well."),
                   this));
    auto* table = new QTableWidget(static_cast<int>(file.tracks.size()), 4, this);
    table->setHorizontalHeaderLabels({tr("Track"), tr("Notes"), tr("Program"), tr("Use as")});
    table->verticalHeader()->hide();
    const std::vector<TrackRole> roles = defaultRoles(file);
    for (std::size_t i = 0; i < file.tracks.size(); ++i) {
        const Track& t = file.tracks[i];
        const int row = static_cast<int>(i);
        table->setItem(row, 0,
                       new QTableWidgetItem(QString::fromStdString(t.name.empty() ? "(unnamed)" : t.name)));
        table->setItem(row, 1, new QTableWidgetItem(QString::number(t.notes.size())));
        table->setItem(row, 2,
                       new QTableWidgetItem(t.channel == 9 ? tr("drums") : QString::number(t.program + 1)));
        auto* combo = new QComboBox(table);
        combo->addItem(tr("Melody"));
        combo->addItem(tr("Accompaniment"));
        combo->addItem(tr("Ignore"));
        combo->setCurrentIndex(static_cast<int>(roles[i]));
        table->setCellWidget(row, 3, combo);
        combos_.push_back(combo);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(table);
    const int chords = static_cast<int>(file.chords.size());
    if (chords > 0) {
        layout->addWidget(new QLabel(tr("%n chord marker(s) found.", nullptr, chords), this));
    } else {
        detectChords_ = new QCheckBox(tr("No chord markers: detect the chords from the notes (you can edit "
                                         "them in the chord lane)"),
                                      this);
        detectChords_->setObjectName(QStringLiteral("detectChords"));
        detectChords_->setChecked(true);
        layout->addWidget(detectChords_);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 360);
}

bool MidiImportDialog::detectChords() const {
    return detectChords_ && detectChords_->isChecked();
}

std::vector<TrackRole> MidiImportDialog::roles() const {
    std::vector<TrackRole> out;
    for (QComboBox* c : combos_)
        out.push_back(static_cast<TrackRole>(c->currentIndex()));
    return out;
}

} // namespace fgg::studio
