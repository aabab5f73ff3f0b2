#include "model/study/Statistics.h"

#include "model/music/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>

namespace fgg::study {

double mean(const std::vector<double>& x) {
    if (x.empty()) return 0.0;
    return std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(x.size());
}

double standardDeviation(const std::vector<double>& x) {
    if (x.size() < 2) return 0.0;
    const double m = mean(x);
    double ss = 0;
    for (double v : x)
        ss += (v - m) * (v - m);
    return std::sqrt(ss / static_cast<double>(x.size() - 1));
}

double normalCdf(double z) {
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

namespace {

// Continued fraction for the incomplete beta function (modified Lentz's method).
double betaContinuedFraction(double a, double b, double x) {
    constexpr int kMaxIterations = 500;
    constexpr double kEps = 1e-15;
    constexpr double kTiny = 1e-300;
    const double qab = a + b, qap = a + 1.0, qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < kTiny) d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny) d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny) d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < kEps) break;
    }
    return h;
}

} // namespace

double incompleteBeta(double a, double b, double x) {
    if (x <= 0.0) return 0.0;
    if (x >= 1.0) return 1.0;
    const double lnFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(lnFront);
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
    if (x < (a + 1.0) / (a + b + 2.0)) return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTCdf(double t, double df) {
    if (!(df > 0))
        throw Error("Student t: degrees of freedom must be positive (got " + std::to_string(df) + ")");
    if (std::isinf(df)) return normalCdf(t);
    // P(|T| > |t|) = I_{df / (df + t^2)}(df / 2, 1 / 2).
    const double tail = 0.5 * incompleteBeta(df / 2.0, 0.5, df / (df + t * t));
    return t >= 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df) {
    if (!(p > 0.0 && p < 1.0))
        throw Error("Student t quantile: p must lie in (0, 1) (got " + std::to_string(p) + ")");
    if (!(df > 0))
        throw Error("Student t: degrees of freedom must be positive (got " + std::to_string(df) + ")");
    if (p == 0.5) return 0.0;
    if (p < 0.5) return -studentTQuantile(1.0 - p, df);
    // The CDF is monotonic: bracket the quantile, then bisect to machine precision.
    double lo = 0.0, hi = 1.0;
    while (studentTCdf(hi, df) < p) {
        lo = hi;
        hi *= 2.0;
        if (hi > 1e12) return hi;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-13 * std::max(1.0, hi); ++i) {
        const double mid = 0.5 * (lo + hi);
        (studentTCdf(mid, df) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

Descriptives describe(const std::vector<double>& x, double level) {
    Descriptives d;
    d.n = x.size();
    d.mean = mean(x);
    d.sd = standardDeviation(x);
    d.ciLow = d.ciHigh = d.mean;
    if (d.n >= 2) {
        const double t = studentTQuantile(0.5 + level / 2.0, static_cast<double>(d.n - 1));
        const double half = t * d.sd / std::sqrt(static_cast<double>(d.n));
        d.ciLow = d.mean - half;
        d.ciHigh = d.mean + half;
    }
    return d;
}

double signedRankCdf(int w, int n) {
    if (w < 0) return 0.0;
    const int maxW = n * (n + 1) / 2;
    if (w >= maxW) return 1.0;
    // counts[s] = number of subsets of {1..n} whose ranks sum to s; 2^n subsets in all.
    std::vector<double> counts(static_cast<std::size_t>(maxW) + 1, 0.0);
    counts[0] = 1.0;
    for (int r = 1; r <= n; ++r)
        for (int s = maxW; s >= r; --s)
            counts[static_cast<std::size_t>(s)] += counts[static_cast<std::size_t>(s - r)];
    double below = 0;
    for (int s = 0; s <= w; ++s)
        below += counts[static_cast<std::size_t>(s)];
    return below / std::ldexp(1.0, n);
}

WilcoxonResult wilcoxonSignedRank(const std::vector<double>& x, const std::vector<double>& y) {
    if (x.size() != y.size())
        throw Error("Wilcoxon signed-rank test: the paired samples differ in size (" +
                    std::to_string(x.size()) + " vs " + std::to_string(y.size()) + ")");
    WilcoxonResult r;
    std::vector<double> d;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double diff = x[i] - y[i];
        if (diff == 0.0)
            ++r.zeros;
        else
            d.push_back(diff);
    }
    r.n = d.size();
    if (r.n == 0) return r; // no evidence either way: p = 1

    // Mid-ranks of |d|.
    std::vector<std::size_t> order(r.n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return std::fabs(d[a]) < std::fabs(d[b]); });
    std::vector<double> rank(r.n);
    double tieTerm = 0; // sum over tie groups of (t^3 - t)
    for (std::size_t i = 0; i < r.n;) {
        std::size_t j = i;
        while (j + 1 < r.n && std::fabs(d[order[j + 1]]) == std::fabs(d[order[i]]))
            ++j;
        const double mid = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
        for (std::size_t k = i; k <= j; ++k)
            rank[order[k]] = mid;
        const double t = static_cast<double>(j - i + 1);
        if (t > 1) {
            r.ties = true;
            tieTerm += t * t * t - t;
        }
        i = j + 1;
    }
    for (std::size_t i = 0; i < r.n; ++i)
        (d[i] > 0 ? r.wPlus : r.wMinus) += rank[i];

    const double n = static_cast<double>(r.n);
    if (r.n < 50 && !r.ties && r.zeros == 0) {
        r.method = WilcoxonMethod::Exact;
        const int w = static_cast<int>(std::lround(r.wPlus));
        const int nn = static_cast<int>(r.n);
        // R: the smaller tail at V (V > n(n+1)/4: upper tail P(W >= V)), doubled.
        const double tail =
            r.wPlus > n * (n + 1) / 4.0 ? 1.0 - signedRankCdf(w - 1, nn) : signedRankCdf(w, nn);
        r.p = std::min(1.0, 2.0 * tail);
        return r;
    }
    r.method = WilcoxonMethod::Normal;
    const double mu = n * (n + 1) / 4.0;
    const double variance = n * (n + 1) * (2 * n + 1) / 24.0 - tieTerm / 48.0;
    const double diff = r.wPlus - mu;
    if (variance <= 0) return r;
    const double correction = diff > 0 ? 0.5 : diff < 0 ? -0.5 : 0.0;
    r.z = (diff - correction) / std::sqrt(variance);
    r.p = std::min(1.0, 2.0 * normalCdf(-std::fabs(r.z)));
    return r;
}

std::vector<double> holmAdjust(const std::vector<double>& p) {
    const std::size_t m = p.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    std::vector<double> adjusted(m);
    double running = 0;
    for (std::size_t i = 0; i < m; ++i) {
        const double value = std::min(1.0, static_cast<double>(m - i) * p[order[i]]);
        running = std::max(running, value); // step-down: adjusted p-values never decrease
        adjusted[order[i]] = running;
    }
    return adjusted;
}

double binomialPmf(int k, int n, double prob) {
    if (k < 0 || k > n) return 0.0;
    if (prob <= 0.0) return k == 0 ? 1.0 : 0.0;
    if (prob >= 1.0) return k == n ? 1.0 : 0.0;
    const double lnC = std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
    return std::exp(lnC + k * std::log(prob) + (n - k) * std::log1p(-prob));
}

double binomialTestTwoSided(int k, int n, double prob) {
    if (n < 0 || k < 0 || k > n)
        throw Error("binomial test: need 0 <= k <= n (got k = " + std::to_string(k) +
                    ", n = " + std::to_string(n) + ")");
    if (!(prob >= 0.0 && prob <= 1.0))
        throw Error("binomial test: the null probability must lie in [0, 1] (got " + std::to_string(prob) +
                    ")");
    if (n == 0) return 1.0;
    // R's binom.test: outcomes no more likely than the observed one, with a relative tolerance for rounding.
    const double observed = binomialPmf(k, n, prob);
    const double limit = observed * (1.0 + 1e-7);
    double p = 0;
    for (int i = 0; i <= n; ++i) {
        const double pi = binomialPmf(i, n, prob);
        if (pi <= limit) p += pi;
    }
    return std::min(1.0, p);
}

std::string formatP(double p) {
    if (p < 0.001) return "p < 0.001";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "p = %.4f", p);
    return buffer;
}

} // namespace fgg::study
