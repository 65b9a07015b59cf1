package vn.ptdv.review.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.ptdv.review.report.ReportData.Attainment;
import vn.ptdv.review.report.ReportData.CityYear;
import vn.ptdv.review.report.ReportData.Flow;
import vn.ptdv.review.report.ReportData.Share;
import vn.ptdv.review.report.ReportData.Peer;
import vn.ptdv.review.report.ReportData.UnitYear;

/**
 * The eight charts of the review (city trend, peer admissions, attainment, peer rates, membership flow,
 * breakdown, units without admissions, pipeline funnel) as JFreeChart objects, and their PNG files. Text
 * uses a font with Vietnamese glyphs (DejaVu Sans, Debian package fonts-dejavu-core; else the first of Noto Sans,
 * Liberation Sans, Arial that Java finds), numbers the report language's separators.
 */
public final class ChartBuilder {
    private ChartBuilder() {}

    public static final String CITY_TREND = "city-trend";
    public static final String PEER_ADMISSIONS = "peer-admissions";
    public static final String ATTAINMENT = "attainment";
    public static final String PEER_RATES = "peer-rates";
    public static final String MEMBERSHIP_FLOW = "membership-flow";
    public static final String ADMISSIONS_BREAKDOWN = "admissions-breakdown";
    public static final String UNITS_WITHOUT_ADMISSIONS = "units-without-admissions";
    public static final String PIPELINE_FUNNEL = "pipeline-funnel";
    public static final List<String> ALL = List.of(CITY_TREND, PEER_ADMISSIONS, ATTAINMENT, PEER_RATES, MEMBERSHIP_FLOW,
            ADMISSIONS_BREAKDOWN, UNITS_WITHOUT_ADMISSIONS, PIPELINE_FUNNEL);
    /** The breakdown chart shows these dimensions (education and occupation are free text: the table has them). */
    static final List<String> CHARTED_DIMENSIONS = List.of("GENDER", "ETHNICITY", "RELIGION", "AGE_BAND", "SOURCE_GROUP");

    static final List<String> FONT_PREFERENCE = List.of("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial");
    static final Color MET = new Color(0x2E7D32);
    static final Color NOT_MET = new Color(0x90A4AE);
    static final Color ACCENT = new Color(0xC62828);
    static final Color LIGHT_BAR = new Color(0x90CAF9);
    static final Color[] PALETTE = {new Color(0x1565C0), new Color(0xEF6C00), new Color(0x2E7D32), new Color(0x6A1B9A),
            new Color(0xC62828), new Color(0x00838F), new Color(0x795548)};

    /** Letters every label needs: Vietnamese with tone marks over modified vowels, and Đ. */
    static final String VIETNAMESE_SAMPLE = "Đảng ủy Hòa Vang Liên Chiểu Ngũ Hành Sơn ặ ố ự ỹ";
    private static volatile String family;

    /**
     * The family used for every label: the first of {@link #FONT_PREFERENCE} that Java finds and that
     * can draw {@link #VIETNAMESE_SAMPLE}, else any installed family that can, else Java's SansSerif
     * (with a warning: its labels may show empty boxes).
     */
    public static String fontFamily() {
        if (family == null) {
            List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            List<String> candidates = new ArrayList<>(FONT_PREFERENCE);
            candidates.addAll(installed);
            String found = null;
            for (String f : candidates) {
                if (installed.contains(f) && new Font(f, Font.PLAIN, 12).canDisplayUpTo(VIETNAMESE_SAMPLE) == -1) {
                    found = f;
                    break;
                }
            }
            if (found == null) {
                vn.ptdv.review.util.Progress.say("warning: no installed font draws Vietnamese letters (install fonts-dejavu-core);"
                        + " chart labels may show empty boxes");
                found = Font.SANS_SERIF;
            }
            family = found;
        }
        return family;
    }

    /** Writes the eight charts as {@code <name>.png} into {@code dir}; returns the files in {@link #ALL} order. */
    public static List<Path> writeAll(ReportData data, ReportTexts texts, Path dir) throws IOException {
        int w = texts.integer("charts.width");
        int h = texts.integer("charts.height");
        Map<String, JFreeChart> charts = charts(data, texts);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".png");
            ChartUtils.saveChartAsPNG(file.toFile(), e.getValue(), w, h);
            files.add(file);
        }
        return files;
    }

    /** The title of each chart, by name in {@link #ALL} order (the Word report's captions). */
    static Map<String, String> titles(ReportData data, ReportTexts texts) {
        Map<String, String> titles = new LinkedHashMap<>();
        charts(data, texts).forEach((name, chart) -> titles.put(name, chart.getTitle().getText()));
        return titles;
    }

    static Map<String, JFreeChart> charts(ReportData data, ReportTexts texts) {
        System.setProperty("java.awt.headless", "true");
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put(CITY_TREND, cityTrend(data, texts));
        charts.put(PEER_ADMISSIONS, peerAdmissions(data, texts));
        charts.put(ATTAINMENT, attainment(data, texts));
        charts.put(PEER_RATES, peerRates(data, texts));
        charts.put(MEMBERSHIP_FLOW, membershipFlow(data, texts));
        charts.put(ADMISSIONS_BREAKDOWN, admissionsBreakdown(data, texts));
        charts.put(UNITS_WITHOUT_ADMISSIONS, unitsWithoutAdmissions(data, texts));
        charts.put(PIPELINE_FUNNEL, pipelineFunnel(data, texts));
        return charts;
    }

    /** City admissions (bars, left axis) and admission rate (line, right axis), same period of each year. */
    static JFreeChart cityTrend(ReportData data, ReportTexts texts) {
        String k = "charts.city-trend.";
        DefaultCategoryDataset admissions = new DefaultCategoryDataset();
        DefaultCategoryDataset rate = new DefaultCategoryDataset();
        for (CityYear y : data.city()) {
            admissions.addValue(y.admissions(), texts.text(k + "admissions"), String.valueOf(y.year()));
            rate.addValue(y.ratePct(), texts.text(k + "rate"), String.valueOf(y.year()));
        }
        CategoryPlot plot = new CategoryPlot(admissions, new CategoryAxis(texts.text(k + "category")),
                new NumberAxis(texts.text(k + "admissions")), bars(texts, v -> texts.count(v.longValue())));
        NumberAxis rateAxis = new NumberAxis(texts.text(k + "rate"));
        plot.setRangeAxis(1, rateAxis);
        plot.setDataset(1, rate);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setDefaultItemLabelGenerator(labels(v -> texts.percent(BigDecimal.valueOf(v.doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP))));
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = chart(texts.render(k + "title", period(data, texts)), plot, texts, true);
        plot.getRenderer(0).setSeriesPaint(0, LIGHT_BAR);
        line.setSeriesPaint(0, ACCENT);
        line.setSeriesStroke(0, new BasicStroke(4f));
        line.setDefaultItemLabelFont(new Font(fontFamily(), Font.BOLD, 20));
        line.setDefaultItemLabelPaint(ACCENT);
        ((NumberAxis) plot.getRangeAxis(0)).setNumberFormatOverride(texts.numberFormat(0));
        rateAxis.setNumberFormatOverride(texts.numberFormat(1));
        rateAxis.setLowerBound(0);
        rateAxis.setUpperBound(maxOf(data.city().stream().map(CityYear::ratePct).toList()) * 1.35);
        ((NumberAxis) plot.getRangeAxis(0)).setUpperBound(data.city().stream().mapToLong(CityYear::admissions).max().orElse(1) * 1.2);
        return chart;
    }

    /** Admissions by peer unit (rows) and year (bars), same period. */
    static JFreeChart peerAdmissions(ReportData data, ReportTexts texts) {
        String k = "charts.peer-admissions.";
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<UnitYear> rows = ReportTables.inUnitOrder(data, texts);
        rows.sort(java.util.Comparator.comparingInt(UnitYear::year));   // stable: unit order kept within a year
        for (UnitYear u : rows) ds.addValue(u.admissions(), String.valueOf(u.year()), u.unitName());
        BarRenderer r = bars(texts, null);
        r.setItemMargin(0.02);
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(texts.text(k + "value")), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = chart(texts.render(k + "title", period(data, texts)), plot, texts, true);
        for (int i = 0; i < ds.getRowCount(); i++) r.setSeriesPaint(i, shade(i, ds.getRowCount()));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(texts.numberFormat(0));
        plot.getDomainAxis().setCategoryMargin(0.25);
        return chart;
    }

    /** % of the annual plan by peer unit, the 100% line, met units in green. */
    static JFreeChart attainment(ReportData data, ReportTexts texts) {
        String k = "charts.attainment.";
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<Attainment> rows = new ArrayList<>(data.attainment());
        rows.sort(java.util.Comparator.comparing(Attainment::unitCode, ReportTables.unitOrder(data, texts)));
        List<Boolean> met = new ArrayList<>();
        for (Attainment a : rows) {
            ds.addValue(a.attainmentPct(), texts.text(k + "value"), a.unitName());
            met.add(Boolean.TRUE.equals(a.targetMet()));
        }
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return met.get(column) ? MET : NOT_MET;
            }
        };
        styleBars(r, texts, v -> texts.percent(BigDecimal.valueOf(v.doubleValue()).setScale(1, java.math.RoundingMode.HALF_UP)));
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(texts.text(k + "value")), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ValueMarker plan = marker(100, texts.text(k + "plan"), texts);
        plot.addRangeMarker(plan, org.jfree.chart.ui.Layer.BACKGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(texts.text(k + "met"), MET));
        legend.add(new LegendItem(texts.text(k + "not-met"), NOT_MET));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = chart(texts.render(k + "title", yearAndEnd(data, texts)), plot, texts, true);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(texts.numberFormat(0));
        axis.setLowerBound(0);
        axis.setUpperBound(Math.max(110, maxOf(rows.stream().map(Attainment::attainmentPct).toList()) * 1.15));
        return chart;
    }

    /** Admission rate by peer unit, grouped and coloured by peer group, against the city rate. */
    static JFreeChart peerRates(ReportData data, ReportTexts texts) {
        String k = "charts.peer-rates.";
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<Peer> peers = ReportTables.byGroupAndRank(data, texts);
        List<String> groups = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        for (Peer p : peers) {
            String g = String.valueOf(p.peerGroup());
            if (!groups.contains(g)) groups.add(g);
            groupOf.add(groups.indexOf(g));
            ds.addValue(p.ratePct(), texts.text(k + "value"), p.unitName());
        }
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return PALETTE[groupOf.get(column) % PALETTE.length];
            }
        };
        styleBars(r, texts, v -> texts.percent(BigDecimal.valueOf(v.doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP)));
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(texts.text(k + "value")), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        BigDecimal cityRate = data.headline().ratePct();
        if (cityRate != null) {
            plot.addRangeMarker(marker(cityRate.doubleValue(), texts.render(k + "city", Map.of("rate", texts.percent(cityRate))), texts),
                    org.jfree.chart.ui.Layer.BACKGROUND);
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < groups.size(); i++) {
            legend.add(new LegendItem(ReportTables.groupName(groups.get(i), texts), PALETTE[i % PALETTE.length]));
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = chart(texts.render(k + "title", yearAndEnd(data, texts)), plot, texts, true);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(texts.numberFormat(1));
        axis.setLowerBound(0);
        axis.setUpperBound(maxOf(peers.stream().map(Peer::ratePct).toList()) * 1.18);
        return chart;
    }

    /** Members who joined (admitted, transferred in) and who left, by peer unit, the as-of year's same period. */
    static JFreeChart membershipFlow(ReportData data, ReportTexts texts) {
        String k = "charts.membership-flow.";
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        int year = data.headline().year();
        List<Flow> rows = new ArrayList<>(data.flows().stream().filter(f -> f.year() == year
                && vn.ptdv.review.domain.PeriodKind.YTD.name().equals(f.period())
                && vn.ptdv.review.domain.UnitLevel.UNIT.name().equals(f.unitLevel())).toList());
        rows.sort(java.util.Comparator.comparing(Flow::unitCode, ReportTables.unitOrder(data, texts)));
        for (Flow f : rows) {
            ds.addValue(f.admitted() + f.transferredIn(), texts.text(k + "joined"), f.unitName());
            ds.addValue(f.left(), texts.text(k + "left"), f.unitName());
        }
        return pairedCountsByPeerUnit(ds, k, data, texts, MET, ACCENT);
    }

    /** The city's new members: share of each category of gender, ethnicity, religion, age band and source group. */
    static JFreeChart admissionsBreakdown(ReportData data, ReportTexts texts) {
        String k = "charts.admissions-breakdown.";
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<Integer> dimensionOf = new ArrayList<>();
        for (String dimension : CHARTED_DIMENSIONS) {
            for (Share s : data.breakdown()) {
                if (!s.dimension().equals(dimension)) continue;
                String label = ReportTables.optional("dimensions." + dimension, dimension, texts) + ": "
                        + ReportTables.optional("categories." + s.category(), s.category(), texts);
                ds.addValue(s.sharePct(), texts.text(k + "value"), label);
                dimensionOf.add(CHARTED_DIMENSIONS.indexOf(dimension));
            }
        }
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return PALETTE[dimensionOf.get(column) % PALETTE.length];
            }
        };
        styleBars(r, texts, v -> texts.percent(BigDecimal.valueOf(v.doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP)));
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(texts.text(k + "value")), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = chart(texts.render(k + "title", yearAndEnd(data, texts)), plot, texts, false);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(texts.numberFormat(0));
        axis.setLowerBound(0);
        axis.setUpperBound(100);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(1);
        return chart;
    }

    /** By peer unit: grassroots organisations and cells without an admission in the period, and the dormant ones. */
    static JFreeChart unitsWithoutAdmissions(ReportData data, ReportTexts texts) {
        String k = "charts.units-without-admissions.";
        Map<String, long[]> byPeer = new java.util.TreeMap<>(ReportTables.unitOrder(data, texts));
        Map<String, String> names = new LinkedHashMap<>();
        for (ReportData.InactiveUnit u : data.withoutAdmissions()) {
            String peer = String.valueOf(u.peerUnitCode());
            names.put(peer, u.peerUnitName());
            long[] n = byPeer.computeIfAbsent(peer, p -> new long[2]);
            n[0]++;
            if (u.dormant()) n[1]++;
        }
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        byPeer.forEach((peer, n) -> {
            ds.addValue(n[0], texts.text(k + "without"), String.valueOf(names.get(peer)));
            ds.addValue(n[1], texts.text(k + "dormant"), String.valueOf(names.get(peer)));
        });
        return pairedCountsByPeerUnit(ds, k, data, texts, NOT_MET, ACCENT);
    }

    /** The city's pipeline: identified, course, applied, admitted (no bars without candidates.csv). */
    static JFreeChart pipelineFunnel(ReportData data, ReportTexts texts) {
        String k = "charts.pipeline-funnel.";
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (ReportData.Funnel f : data.funnel()) {
            if (!vn.ptdv.review.domain.UnitLevel.CITY.name().equals(f.unitLevel())) continue;
            String v = texts.text(k + "value");
            ds.addValue(f.identified(), v, texts.text("columns." + vn.ptdv.review.catalog.Col.CANDIDATES_IDENTIFIED));
            ds.addValue(f.completedCourse(), v, texts.text("columns." + vn.ptdv.review.catalog.Col.COMPLETED_COURSE));
            ds.addValue(f.applied(), v, texts.text("columns." + vn.ptdv.review.catalog.Col.APPLIED));
            ds.addValue(f.admitted(), v, texts.text("columns." + vn.ptdv.review.catalog.Col.ADMITTED_FROM_CANDIDATES));
        }
        BarRenderer r = bars(texts, v -> texts.count(v.longValue()));
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(texts.text(k + "value")), r);
        JFreeChart chart = chart(texts.render(k + "title", yearAndEnd(data, texts)), plot, texts, false);
        r.setSeriesPaint(0, PALETTE[0]);
        // Vertical bars: a stage name may use the whole width under its bar.
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.0f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        integerAxis((NumberAxis) plot.getRangeAxis(), texts);
        return chart;
    }

    // ------------------------------------------------------------------ helpers

    /** A count axis: whole-number ticks only (small counts would otherwise repeat "1, 1, 1" at fractional ticks). */
    /**
     * Two series of counts side by side per peer unit, as horizontal bars in the given colours (joined and
     * left; without admissions and dormant); titles and the axis label from the texts under {@code k}.
     */
    private static JFreeChart pairedCountsByPeerUnit(DefaultCategoryDataset ds, String k, ReportData data, ReportTexts texts,
                                                     Paint first, Paint second) {
        BarRenderer r = bars(texts, v -> texts.count(v.longValue()));
        r.setItemMargin(0.02);
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(texts.text(k + "value")), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = chart(texts.render(k + "title", yearAndEnd(data, texts)), plot, texts, true);
        r.setSeriesPaint(0, first);
        r.setSeriesPaint(1, second);
        integerAxis((NumberAxis) plot.getRangeAxis(), texts);
        return chart;
    }

    static void integerAxis(NumberAxis axis, ReportTexts texts) {
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(texts.numberFormat(0));
    }

    static Map<String, String> period(ReportData data, ReportTexts texts) {
        CityYear h = data.headline();
        return Map.of("start", texts.dayMonth(h.periodStart()), "end", texts.dayMonth(h.periodEnd()));
    }

    static Map<String, String> yearAndEnd(ReportData data, ReportTexts texts) {
        CityYear h = data.headline();
        return Map.of("year", String.valueOf(h.year()), "end", texts.date(h.periodEnd()));
    }

    private static JFreeChart chart(String title, CategoryPlot plot, ReportTexts texts, boolean legend) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        theme().apply(chart);
        chart.setTitle(new TextTitle(title, new Font(fontFamily(), Font.BOLD, 30)));
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof BarRenderer bar) {
                bar.setDefaultItemLabelFont(new Font(fontFamily(), Font.PLAIN, 18));
                if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
                    // Values in white inside the bar end: clear of the bars above and below and of the
                    // reference line, which is drawn behind the bars.
                    bar.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
                    bar.setDefaultItemLabelPaint(Color.WHITE);
                    bar.setDefaultItemLabelFont(new Font(fontFamily(), Font.BOLD, 18));
                }
            }
        }
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.33f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 24));
        }
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBDBDBD));
        plot.setOutlineVisible(false);
        return chart;
    }

    private static StandardChartTheme theme() {
        String f = fontFamily();
        StandardChartTheme theme = new StandardChartTheme("review");
        theme.setExtraLargeFont(new Font(f, Font.BOLD, 30));
        theme.setLargeFont(new Font(f, Font.BOLD, 22));
        theme.setRegularFont(new Font(f, Font.PLAIN, 20));
        theme.setSmallFont(new Font(f, Font.PLAIN, 18));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        return theme;
    }

    private static BarRenderer bars(ReportTexts texts, Function<Number, String> label) {
        BarRenderer r = new BarRenderer();
        styleBars(r, texts, label);
        return r;
    }

    private static void styleBars(BarRenderer r, ReportTexts texts, Function<Number, String> label) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        if (label != null) {
            r.setDefaultItemLabelGenerator(labels(label));
            r.setDefaultItemLabelsVisible(true);
        }
    }

    private static ValueMarker marker(double value, String label, ReportTexts texts) {
        ValueMarker m = new ValueMarker(value, ACCENT, new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {12f, 8f}, 0f));
        m.setLabel(label);
        m.setLabelFont(new Font(fontFamily(), Font.BOLD, 20));
        m.setLabelPaint(ACCENT);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }

    private static CategoryItemLabelGenerator labels(Function<Number, String> format) {
        return new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset dataset, int row) {
                return String.valueOf(dataset.getRowKey(row));
            }

            @Override
            public String generateColumnLabel(CategoryDataset dataset, int column) {
                return String.valueOf(dataset.getColumnKey(column));
            }

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number v = dataset.getValue(row, column);
                return v == null ? null : format.apply(v);
            }
        };
    }

    /** Shades of the first palette colour, light (earliest year) to dark (latest). */
    private static Color shade(int i, int n) {
        float t = n <= 1 ? 1f : (float) i / (n - 1);
        Color light = new Color(0xBBDEFB);
        Color dark = new Color(0x0D47A1);
        return new Color(Math.round(light.getRed() + t * (dark.getRed() - light.getRed())),
                Math.round(light.getGreen() + t * (dark.getGreen() - light.getGreen())),
                Math.round(light.getBlue() + t * (dark.getBlue() - light.getBlue())));
    }

    private static double maxOf(List<BigDecimal> values) {
        double max = 1;
        for (BigDecimal v : values) if (v != null) max = Math.max(max, v.doubleValue());
        return max;
    }
}
