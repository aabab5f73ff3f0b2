#include "model/nn/CheckpointFormat.h"

#include "model/music/Error.h"

#include <array>
#include <cstring>
#include <sstream>

namespace fgg::nn {
namespace {

constexpr char kMagic[8] = {'F', 'G', 'G', 'M', 'O', 'D', 'E', 'L'};
constexpr std::size_t kMaxMetadata = 1 << 20;
constexpr std::size_t kMaxTensors = 100000;

std::string joinInts(const std::vector<int>& v) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i)
        s += (i ? "," : "") + std::to_string(v[i]);
    return s;
}

std::vector<int> splitInts(const std::string& s, const std::string& key, const std::string& what) {
    std::vector<int> out;
    std::stringstream in(s);
    std::string item;
    while (std::getline(in, item, ',')) {
        try {
            out.push_back(std::stoi(item));
        } catch (const std::exception&) {
            throw FileFormatError(what + ": metadata '" + key + "' is not a list of numbers: '" + s + "'");
        }
    }
    return out;
}

std::string metadataText(const CheckpointInfo& info) {
    const UNetConfig& c = info.config;
    std::ostringstream m;
    m << "task=" << info.task << "\npreset=" << c.preset << "\nin_channels=" << c.inChannels
      << "\nout_channels=" << c.outChannels << "\nchannels=" << c.channels
      << "\nchannel_multipliers=" << joinInts(c.channelMultipliers) << "\nres_blocks=" << c.resBlocks
      << "\nattention_levels=" << joinInts(c.attentionLevels) << "\nheads=" << c.heads
      << "\ntransformer_depth=" << c.transformerDepth << "\ngroups=" << c.groups << "\n";
    for (const auto& [k, v] : info.training)
        m << "training." << k << "=" << v << "\n";
    return m.str();
}

CheckpointInfo parseMetadata(const std::string& text, int version, const std::string& what) {
    CheckpointInfo info;
    info.formatVersion = version;
    std::map<std::string, std::string> kv;
    std::stringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos) throw FileFormatError(what + ": bad metadata line '" + line + "'");
        kv[line.substr(0, eq)] = line.substr(eq + 1);
    }
    auto need = [&](const std::string& key) -> const std::string& {
        auto it = kv.find(key);
        if (it == kv.end()) throw FileFormatError(what + ": metadata has no '" + key + "'");
        return it->second;
    };
    auto needInt = [&](const std::string& key) {
        try {
            return std::stoi(need(key));
        } catch (const std::invalid_argument&) {
            throw FileFormatError(what + ": metadata '" + key + "' is not a number");
        } catch (const std::out_of_range&) {
            throw FileFormatError(what + ": metadata '" + key + "' is out of range");
        }
    };
    info.task = need("task");
    UNetConfig& c = info.config;
    c.preset = need("preset");
    c.inChannels = needInt("in_channels");
    c.outChannels = needInt("out_channels");
    c.channels = needInt("channels");
    c.channelMultipliers = splitInts(need("channel_multipliers"), "channel_multipliers", what);
    c.resBlocks = needInt("res_blocks");
    c.attentionLevels = splitInts(need("attention_levels"), "attention_levels", what);
    c.heads = needInt("heads");
    c.transformerDepth = needInt("transformer_depth");
    c.groups = needInt("groups");
    if (const auto problem = unetConfigProblem(c))
        throw FileFormatError(what +
                              ": the model configuration in its metadata cannot be built: " + *problem);
    for (const auto& [k, v] : kv)
        if (k.rfind("training.", 0) == 0) info.training[k.substr(9)] = v;
    return info;
}

class ByteWriter {
public:
    void raw(const void* p, std::size_t n) {
        const auto* b = static_cast<const std::uint8_t*>(p);
        bytes.insert(bytes.end(), b, b + n);
    }
    template <class T>
    void le(T v) { // the project targets little-endian machines (x86-64, arm64)
        raw(&v, sizeof v);
    }
    std::vector<std::uint8_t> bytes;
};

class ByteReader {
public:
    ByteReader(const std::vector<std::uint8_t>& b, const std::string& what) : b_(b), what_(what) {}
    void need(std::size_t n, const char* field) const {
        if (n > b_.size() - pos_)
            throw FileFormatError(what_ + ": truncated at byte " + std::to_string(pos_) + " while reading " +
                                      field + " (the file is incomplete or damaged; re-copy or re-train it)",
                                  static_cast<std::int64_t>(pos_));
    }
    template <class T>
    T le(const char* field) {
        need(sizeof(T), field);
        T v;
        std::memcpy(&v, b_.data() + pos_, sizeof v);
        pos_ += sizeof v;
        return v;
    }
    std::string str(std::size_t n, const char* field) {
        need(n, field);
        std::string s(reinterpret_cast<const char*>(b_.data() + pos_), n);
        pos_ += n;
        return s;
    }
    std::size_t pos() const { return pos_; }
    std::size_t remaining() const { return b_.size() - pos_; }
    const std::uint8_t* here() const { return b_.data() + pos_; }
    void skip(std::size_t n) { pos_ += n; }

private:
    const std::vector<std::uint8_t>& b_;
    std::string what_;
    std::size_t pos_ = 0;
};

std::size_t elementSize(StoredType t) {
    return t == StoredType::Float32 ? 4 : 2;
}

} // namespace

std::uint32_t crc32(const std::uint8_t* data, std::size_t size) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i)
        c = table[(c ^ data[i]) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::vector<std::uint8_t> encodeCheckpoint(const CheckpointFile& file) {
    ByteWriter w;
    w.raw(kMagic, sizeof kMagic);
    w.le<std::uint32_t>(CheckpointInfo::kFormatVersion);
    const std::string meta = metadataText(file.info);
    w.le<std::uint32_t>(static_cast<std::uint32_t>(meta.size()));
    w.raw(meta.data(), meta.size());
    w.le<std::uint32_t>(static_cast<std::uint32_t>(file.tensors.size()));
    for (const StoredTensor& t : file.tensors) {
        w.le<std::uint16_t>(static_cast<std::uint16_t>(t.name.size()));
        w.raw(t.name.data(), t.name.size());
        w.le<std::uint8_t>(static_cast<std::uint8_t>(t.type));
        w.le<std::uint8_t>(static_cast<std::uint8_t>(t.shape.size()));
        for (std::int64_t d : t.shape)
            w.le<std::int64_t>(d);
        w.le<std::uint64_t>(t.data.size());
        w.raw(t.data.data(), t.data.size());
    }
    w.le<std::uint32_t>(crc32(w.bytes.data(), w.bytes.size()));
    return std::move(w.bytes);
}

CheckpointFile decodeCheckpoint(const std::vector<std::uint8_t>& bytes, const std::string& what,
                                bool headerOnly) {
    ByteReader r(bytes, what);
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        throw FileFormatError(what + " is not an fgg-studio model checkpoint (.fggm): wrong magic bytes", 0);
    r.skip(sizeof kMagic);
    const auto version = r.le<std::uint32_t>("the format version");
    if (version > static_cast<std::uint32_t>(CheckpointInfo::kFormatVersion))
        throw FileFormatError(what + " was written by a newer fgg-studio (checkpoint format " +
                              std::to_string(version) + ", this build reads up to " +
                              std::to_string(CheckpointInfo::kFormatVersion) + "): update fgg-studio");
    if (version == 0) throw FileFormatError(what + ": checkpoint format version 0 is not valid", 8);
    const auto metaLen = r.le<std::uint32_t>("the metadata length");
    if (metaLen > kMaxMetadata) throw FileFormatError(what + ": metadata length is absurd", 12);
    CheckpointFile file;
    file.info = parseMetadata(r.str(metaLen, "the metadata"), static_cast<int>(version), what);
    if (headerOnly) return file;

    if (bytes.size() < 4 + r.pos()) throw FileFormatError(what + ": truncated before the tensors");
    std::uint32_t stored;
    std::memcpy(&stored, bytes.data() + bytes.size() - 4, 4);
    if (crc32(bytes.data(), bytes.size() - 4) != stored)
        throw FileFormatError(what + ": checksum mismatch, the file is damaged (re-copy it or train again)");

    const auto count = r.le<std::uint32_t>("the tensor count");
    if (count > kMaxTensors)
        throw FileFormatError(what + ": tensor count " + std::to_string(count) + " is absurd");
    for (std::uint32_t i = 0; i < count; ++i) {
        StoredTensor t;
        const std::size_t at = r.pos();
        t.name = r.str(r.le<std::uint16_t>("a tensor name length"), "a tensor name");
        const auto type = r.le<std::uint8_t>("a tensor type");
        if (type > 2)
            throw FileFormatError(what + ": tensor '" + t.name + "' has unknown type " + std::to_string(type),
                                  static_cast<std::int64_t>(at));
        t.type = static_cast<StoredType>(type);
        const auto ndim = r.le<std::uint8_t>("a tensor rank");
        if (ndim > 8)
            throw FileFormatError(what + ": tensor '" + t.name + "' has rank " + std::to_string(ndim),
                                  static_cast<std::int64_t>(at));
        std::uint64_t elements = 1;
        for (int d = 0; d < ndim; ++d) {
            const auto dim = r.le<std::int64_t>("a tensor dimension");
            if (dim < 0 || dim > (std::int64_t(1) << 32))
                throw FileFormatError(what + ": tensor '" + t.name + "' has a bad dimension",
                                      static_cast<std::int64_t>(at));
            t.shape.push_back(dim);
            elements *= static_cast<std::uint64_t>(dim);
            if (elements > bytes.size())
                throw FileFormatError(what + ": tensor '" + t.name + "' is larger than the file",
                                      static_cast<std::int64_t>(at));
        }
        const auto size = r.le<std::uint64_t>("a tensor size");
        if (size != elements * elementSize(t.type))
            throw FileFormatError(what + ": tensor '" + t.name + "' size does not match its shape",
                                  static_cast<std::int64_t>(at));
        r.need(size, "tensor data");
        t.data.assign(r.here(), r.here() + size);
        r.skip(size);
        file.tensors.push_back(std::move(t));
    }
    return file;
}

} // namespace fgg::nn

namespace fgg {
int conditionChannelsForTask(const std::string& task) {
    if (task == "melody") return 2;
    if (task == "accompaniment") return 4;
    throw Error("unknown task '" + task + "' (melody or accompaniment)");
}

int inputChannelsForTask(const std::string& task) {
    return 2 + conditionChannelsForTask(task);
}
} // namespace fgg
