#pragma once
// A bar chart of condition means with 95 % confidence intervals as error bars (for a preference: shares, with
// chance as a dashed line), painted with QPainter. The same paint() draws on screen, into a PNG (QImage) and
// into an SVG (QSvgGenerator), so exports look like the view.
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

class QPainter;

namespace fgg::studio::listening {

struct ChartBar {
    QString label;
    double value = 0;
    double low = 0; ///< error bar ends
    double high = 0;
    int n = 0;       ///< answers behind the bar; no bar is drawn for 0
    QString caption; ///< under the label; empty: "n = <n>"
};

/// What a chart shows besides its bars.
struct ChartStyle {
    bool errorBars = true;           ///< low..high as error bars, explained under the chart
    std::optional<double> reference; ///< a dashed line across the plot (chance level) ...
    QString referenceLabel;          ///< ... and its name
    int decimals = 2;                ///< of the value printed over each bar
    QString valueSuffix;             ///< after it ("%")
};

class BarChart : public QWidget {
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);

    /// `axisMin`..`axisMax`: the value axis (the Likert scale's ends).
    void setData(const QString& title, const QString& axisLabel, std::vector<ChartBar> bars, double axisMin,
                 double axisMax, ChartStyle style = {});
    const std::vector<ChartBar>& bars() const { return bars_; }

    /// Paints the chart into `rect` (white background included).
    void paint(QPainter& painter, const QRectF& rect) const;
    /// Writes the chart as a PNG (2x the widget's size for print) or an SVG; false with `error` set on
    /// failure.
    bool exportPng(const QString& path, QString* error = nullptr) const;
    bool exportSvg(const QString& path, QString* error = nullptr) const;

    QSize sizeHint() const override { return {560, 360}; }
    QSize minimumSizeHint() const override { return {280, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString title_;
    QString axisLabel_;
    std::vector<ChartBar> bars_;
    double axisMin_ = 1;
    double axisMax_ = 5;
    ChartStyle style_;
};

} // namespace fgg::studio::listening
