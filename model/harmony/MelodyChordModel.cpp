#include "model/harmony/MelodyChordModel.h"

#include <cmath>
#include <span>

#include "model/data/TextLines.h"
#include "model/harmony/ChordClass.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"
#include "model/music/ShippedFiles.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fgg::harmony {
namespace {

constexpr std::string_view kMagic = "fgg-melody-chords 1";

void writeRow(std::ostringstream& s, const float* values, int count, float bias) {
    char buf[32];
    for (int i = 0; i < count; ++i) {
        std::snprintf(buf, sizeof buf, " %.5g", static_cast<double>(values[i]));
        s << buf;
    }
    std::snprintf(buf, sizeof buf, " %.5g", static_cast<double>(bias));
    s << buf << "\n";
}

} // namespace

namespace {
/// log of the nets' mean probability per output.
std::vector<float> meanLogProbabilities(const std::vector<TinyMlp>& nets, std::span<const float> input) {
    if (nets.size() == 1) return nets.front().logProbabilities(input);
    std::vector<double> p;
    for (const TinyMlp& net : nets) {
        const std::vector<float> logP = net.logProbabilities(input);
        p.resize(logP.size(), 0.0);
        for (std::size_t k = 0; k < logP.size(); ++k)
            p[k] += std::exp(double(logP[k]));
    }
    std::vector<float> out(p.size());
    for (std::size_t k = 0; k < p.size(); ++k)
        out[k] = static_cast<float>(std::log(p[k] / double(nets.size())));
    return out;
}
} // namespace

MelodyChordModel::Reading MelodyChordModel::read(const std::vector<Note>& melody, Tick ticksPerBeat,
                                                 int beatsPerBar, Tick from, Tick to) const {
    Reading r;
    r.key = key.estimate(melody, ticksPerBeat, beatsPerBar);
    r.segments = melodySegments(melody, ticksPerBeat, beatsPerBar, from, to);
    const MelodyContext context = melodyContext(r.segments, r.key.majorTonic(), r.key.minor);
    r.chordLogP.resize(r.segments.size());
    for (std::size_t i = 0; i < r.segments.size(); ++i)
        if (r.segments[i].sung)
            r.chordLogP[i] = meanLogProbabilities(nets, melodyInput(r.segments, i, context));
    return r;
}

std::string MelodyChordModel::toText() const {
    std::ostringstream s;
    s << kMagic << "\n";
    s << "# The learned harmoniser (docs/chord-help.md), learned from POP909's training songs by `fgg chords "
         "--learn`.\n";
    s << "# key MODE W0..W" << kKeyFeatures - 1 << " BIAS: the key's score, " << kKeyProfiles
      << " melody profiles x 12 pitch classes above the tonic\n";
    s << "# per net of the ensemble: net INPUTS HIDDEN OUTPUTS, then per hidden unit 'hidden W.. BIAS', per "
         "chord 'chord W.. BIAS'\n";
    s << "# (chords: root above the key's major tonic x 5 + major, minor, diminished, augmented, "
         "suspended)\n";
    for (int m = 0; m < 2; ++m) {
        s << "key " << (m ? "minor" : "major");
        std::vector<float> w(key.weights[static_cast<std::size_t>(m)].begin(),
                             key.weights[static_cast<std::size_t>(m)].end());
        writeRow(s, w.data(), kKeyFeatures, static_cast<float>(key.bias[static_cast<std::size_t>(m)]));
    }
    for (const TinyMlp& net : nets) {
        s << "net " << net.inputs() << " " << net.hidden() << " " << net.outputs() << "\n";
        for (int j = 0; j < net.hidden(); ++j) {
            s << "hidden";
            writeRow(s, &net.w1[static_cast<std::size_t>(j * net.inputs())], net.inputs(),
                     net.b1[static_cast<std::size_t>(j)]);
        }
        for (int o = 0; o < net.outputs(); ++o) {
            s << "chord";
            writeRow(s, &net.w2[static_cast<std::size_t>(o * net.hidden())], net.hidden(),
                     net.b2[static_cast<std::size_t>(o)]);
        }
    }
    return s.str();
}

MelodyChordModel MelodyChordModel::fromText(std::string_view text, const std::string& path) {
    const auto lines = textlines::split(text);
    if (lines.empty() || lines.front().text.substr(0, kMagic.size()) != kMagic)
        throw Error(path + ": not a melody chord table (the first line must be '" + std::string(kMagic) +
                    "')");
    MelodyChordModel m;
    int hidden = 0, chords = 0;
    bool sawNet = false;
    // Each 'net' line starts the next net of the ensemble; the one before must be complete.
    auto complete = [&](std::size_t lineNumber) {
        if (sawNet && (hidden != m.nets.back().hidden() || chords != m.nets.back().outputs()))
            textlines::fail(path, lineNumber,
                            "network " + std::to_string(m.nets.size()) + " is incomplete (" +
                                std::to_string(hidden) + " hidden rows and " + std::to_string(chords) +
                                " chord rows)");
    };
    // A row of `count` numbers then a bias, after the line's first `skip` fields.
    auto row = [&](const textlines::Line& line, std::size_t skip, int count, float* out, float& bias) {
        const auto f = textlines::fields(line.text);
        if (f.size() != skip + static_cast<std::size_t>(count) + 1)
            textlines::fail(path, line.number,
                            "expected " + std::to_string(count + 1) + " numbers, found " +
                                std::to_string(f.size() - std::min(f.size(), skip)));
        for (int i = 0; i <= count; ++i) {
            const auto v = static_cast<float>(
                textlines::number(f[skip + static_cast<std::size_t>(i)], path, line.number, "a weight"));
            (i < count ? out[i] : bias) = v;
        }
    };
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto& line = lines[i];
        if (line.text.starts_with("#")) continue;
        const auto f = textlines::fields(line.text);
        if (f[0] == "key" && f.size() >= 2 && (f[1] == "major" || f[1] == "minor")) {
            const std::size_t mode = f[1] == "minor";
            std::array<float, kKeyFeatures> w{};
            float bias = 0;
            // Tables before the step profiles have the first five profiles only: the others weigh 0.
            const bool old = f.size() == 2 + 12 * kFirstKeyProfiles + 1;
            row(line, 2, old ? 12 * kFirstKeyProfiles : kKeyFeatures, w.data(), bias);
            for (std::size_t k = 0; k < w.size(); ++k)
                m.key.weights[mode][k] = w[k];
            m.key.bias[mode] = bias;
        } else if (f[0] == "net" && f.size() == 4) {
            const auto in = static_cast<int>(textlines::number(f[1], path, line.number, "the input count"));
            const auto hid = static_cast<int>(textlines::number(f[2], path, line.number, "the hidden count"));
            const auto out = static_cast<int>(textlines::number(f[3], path, line.number, "the output count"));
            if (in != kMelodyInputs || out != kTriadTokens || hid < 1 || hid > 4096)
                textlines::fail(path, line.number,
                                "the network must read " + std::to_string(kMelodyInputs) +
                                    " inputs and give " + std::to_string(kTriadTokens) + " chords");
            complete(line.number);
            m.nets.emplace_back(in, hid, out, 0);
            sawNet = true;
            hidden = chords = 0;
        } else if (f[0] == "hidden" && sawNet && hidden < m.nets.back().hidden()) {
            TinyMlp& net = m.nets.back();
            row(line, 1, net.inputs(), &net.w1[static_cast<std::size_t>(hidden * net.inputs())],
                net.b1[static_cast<std::size_t>(hidden)]);
            ++hidden;
        } else if (f[0] == "chord" && sawNet && chords < m.nets.back().outputs()) {
            TinyMlp& net = m.nets.back();
            row(line, 1, net.hidden(), &net.w2[static_cast<std::size_t>(chords * net.hidden())],
                net.b2[static_cast<std::size_t>(chords)]);
            ++chords;
        } else {
            textlines::fail(
                path, line.number,
                "expected 'key major|minor ...', 'net ...', then 'hidden ...' and 'chord ...' rows");
        }
    }
    if (!sawNet || hidden != m.nets.back().hidden() || chords != m.nets.back().outputs())
        throw Error(path + ": the network is incomplete (" + std::to_string(hidden) + " hidden rows and " +
                    std::to_string(chords) + " chord rows)");
    return m;
}

MelodyChordModel MelodyChordModel::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path + ": cannot open the melody chord table");
    std::ostringstream s;
    s << in.rdbuf();
    return fromText(s.str(), path);
}

void MelodyChordModel::save(const std::string& path) const {
    writeFileAtomically(path, toText());
}

std::string MelodyChordModel::shippedPath() {
    namespace fs = std::filesystem;
    const std::vector<fs::path> candidates = shippedFolders("FGG_HARMONY_DIR", "harmony");
    std::error_code ec;
    for (const fs::path& dir : candidates)
        if (fs::exists(dir / "melody-chords.txt", ec)) return (dir / "melody-chords.txt").string();
    return (candidates.back() / "melody-chords.txt").string();
}

} // namespace fgg::harmony
