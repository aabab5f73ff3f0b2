#pragma once
// Statistics for listening tests: descriptives with a t-based confidence interval, the Wilcoxon signed-rank
// test for paired ratings, Holm's step-down correction and the exact binomial test for preference counts.
// Free functions on plain vectors; results match R's mean/sd/t.test CI, wilcox.test(paired = TRUE),
// p.adjust(method = "holm") and binom.test, so a researcher can check them there.
#include <cstddef>
#include <string>
#include <vector>

namespace fgg::study {

double mean(const std::vector<double>& x);
/// Sample standard deviation (n - 1 in the denominator); 0 for fewer than two values.
double standardDeviation(const std::vector<double>& x);

/// Standard normal cumulative distribution.
double normalCdf(double z);
/// Student's t cumulative distribution with `df` > 0 degrees of freedom.
double studentTCdf(double t, double df);
/// The `p` quantile (0 < p < 1) of Student's t with `df` > 0 degrees of freedom (t_{0.975, 9} = 2.2622).
double studentTQuantile(double p, double df);
/// Regularised incomplete beta function I_x(a, b), for the t distribution.
double incompleteBeta(double a, double b, double x);

struct Descriptives {
    std::size_t n = 0;
    double mean = 0;
    double sd = 0;
    double ciLow = 0; ///< mean -/+ t_{(1+level)/2, n-1} * sd / sqrt(n); equal to the mean for n < 2
    double ciHigh = 0;
};
Descriptives describe(const std::vector<double>& x, double level = 0.95);

enum class WilcoxonMethod { Exact, Normal };

struct WilcoxonResult {
    std::size_t n = 0;     ///< pairs left after dropping zero differences
    std::size_t zeros = 0; ///< pairs with a zero difference (dropped, as Wilcoxon proposed and R does)
    double wPlus = 0;      ///< sum of the ranks of the positive differences (R's V)
    double wMinus = 0;     ///< sum of the ranks of the negative differences
    double z = 0;          ///< normal approximation's z (with continuity correction); 0 for the exact test
    double p = 1;          ///< two-sided
    bool ties = false;     ///< some |differences| tie (mid-ranks used)
    WilcoxonMethod method = WilcoxonMethod::Normal;
};

/// Wilcoxon signed-rank test of paired samples x[i] vs y[i] (two-sided). Zero differences are dropped; tied
/// |differences| get mid-ranks. Exact null distribution when n < 50 and there are no ties or zeros (R's
/// rule), else the normal approximation with tie-corrected variance and a continuity correction of 0.5.
/// Throws fgg::Error when the sizes differ.
WilcoxonResult wilcoxonSignedRank(const std::vector<double>& x, const std::vector<double>& y);
/// P(W+ <= w) under the null for n pairs without ties (exact, by counting rank subsets).
double signedRankCdf(int w, int n);

/// Holm's step-down adjusted p-values, in the order of `p` (R's p.adjust(p, "holm")).
std::vector<double> holmAdjust(const std::vector<double>& p);

/// P(X = k) for X ~ Binomial(n, prob).
double binomialPmf(int k, int n, double prob);
/// Two-sided exact binomial test of k successes in n trials against `prob` (R's binom.test: the sum of the
/// probabilities of every outcome no more likely than the one observed).
double binomialTestTwoSided(int k, int n, double prob);

/// "p < 0.001" or "p = 0.0123", for tables.
std::string formatP(double p);

} // namespace fgg::study
