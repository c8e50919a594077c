package vn.dvc.reporting.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.dvc.reporting.model.BulletinView.IndicatorLine;
import vn.dvc.reporting.model.BulletinView.Section;
import vn.dvc.reporting.model.BulletinView.UnitLine;
import vn.dvc.reporting.rules.VietnameseLabels;

/**
 * An indicator of a bulletin's section as a bar chart, drawn on the server (JFreeChart) as a PNG for the Word document:
 * a bar per unit in the section's order, the target as a line across.
 */
final class BulletinCharts {

    static final int WIDTH = 900;
    static final int HEIGHT = 420;
    private static final Color BAR = new Color(0x0B5CAD);
    private static final Color TARGET = new Color(0xA3221A);

    private BulletinCharts() {
    }

    /** The chart of {@code code} over the units of {@code section}, as PNG bytes. */
    static byte[] png(Section section, String code) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Double target = null;
        boolean ratio = false;
        for (UnitLine unit : section.units()) {
            IndicatorLine line = unit.line(code);
            if (line == null) {
                continue;
            }
            ratio |= line.percent() != null;
            target = target != null || line.target() == null ? target : line.target().doubleValue();
            Number figure = line.figure();
            data.addValue(figure, VietnameseLabels.indicator(code), unit.unitName() == null ? unit.unitCode() : unit.unitName());
        }
        JFreeChart chart = new JFreeChart(VietnameseLabels.indicator(code) + " – " + section.title(),
                new Font(Font.SANS_SERIF, Font.BOLD, 16), plot(data, ratio, target), false);
        chart.setBackgroundPaint(Color.WHITE);
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
            return png.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, boolean ratio, Double target) {
        CategoryAxis units = new CategoryAxis();
        units.setCategoryLabelPositions(data.getColumnCount() > 8 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        units.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        units.setMaximumCategoryLabelLines(2);
        NumberAxis values = new NumberAxis(ratio ? "%" : null);
        if (ratio) {
            values.setRange(0, 100);
        }
        values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, BAR);
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(data, units, values, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xC9D1DA));
        if (target != null) {
            ValueMarker marker = new ValueMarker(target, TARGET, new BasicStroke(2f));
            marker.setLabel("Mục tiêu " + DocumentText.number(java.math.BigDecimal.valueOf(target)) + (ratio ? " %" : ""));
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelPaint(TARGET);
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
        }
        return plot;
    }
}
