package org.countysim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Fonts, colours and layout shared by the charts; {@code chinese} is false when no CJK font exists, and
 * every text is then given in its Latin form.
 */
public final class ChartStyle {
    static final Color MET = new Color(0x2E7D32);
    static final Color NOT_MET = new Color(0x90A4AE);
    static final Color TARGET = new Color(0xC62828);
    static final Color BAND_OUTER = new Color(0x90CAF9);
    static final Color BAND_INNER = new Color(0x1E88E5);
    static final Color THRESHOLD = new Color(0x6D4C41);

    final boolean chinese;
    private final String family;

    ChartStyle(String family) {
        this.family = family;
        this.chinese = family != null;
    }

    /** The CJK font family in use, if any. */
    public java.util.Optional<String> family() {
        return java.util.Optional.ofNullable(family);
    }

    public static ChartStyle detect(String extraText) {
        return new ChartStyle(ChartFonts.cjkFamily(extraText).orElse(null));
    }

    /** Chinese text when a CJK font is present, else the Latin alternative. */
    String t(String zh, String en) {
        return chinese ? zh : en;
    }

    /** Text from the user (a scenario title) when it can be drawn, else its Latin alternative. */
    public String text(String any, String latin) {
        return chinese || any.chars().allMatch(c -> c < 0x2E80) ? any : latin;
    }

    Font font(int style, int size) {
        return new Font(family == null ? "SansSerif" : family, style, size);
    }

    void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("countysim");
        theme.setExtraLargeFont(font(Font.BOLD, 16));
        theme.setLargeFont(font(Font.BOLD, 13));
        theme.setRegularFont(font(Font.PLAIN, 11));
        theme.setSmallFont(font(Font.PLAIN, 10));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.apply(chart);
    }

    ValueMarker marker(double value, Color color, String label, boolean dashed) {
        ValueMarker m = new ValueMarker(value);
        m.setPaint(color);
        m.setStroke(
                dashed
                        ? new BasicStroke(
                                1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                        : new BasicStroke(2f));
        m.setLabel(label);
        m.setLabelFont(font(Font.PLAIN, 10));
        m.setLabelPaint(color);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }

    /** Draws panels in a grid under one title and writes a PNG. */
    void writeGrid(
            Path file,
            String title,
            String subtitle,
            List<JFreeChart> panels,
            int columns,
            int panelWidth,
            int panelHeight)
            throws IOException {
        int rows = (panels.size() + columns - 1) / columns;
        int header = 56;
        BufferedImage image =
                new BufferedImage(columns * panelWidth, header + rows * panelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        centered(g, title, font(Font.BOLD, 18), Color.BLACK, image.getWidth(), 26);
        centered(g, subtitle, font(Font.PLAIN, 12), Color.DARK_GRAY, image.getWidth(), 48);
        for (int i = 0; i < panels.size(); i++) {
            int x = (i % columns) * panelWidth;
            int y = header + (i / columns) * panelHeight;
            panels.get(i).draw(g, new Rectangle2D.Double(x, y, panelWidth, panelHeight));
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void centered(Graphics2D g, String text, Font font, Color color, int width, int baseline) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, Math.max(4, (width - g.getFontMetrics().stringWidth(text)) / 2), baseline);
    }

    /** A GDP fan: P5–P95 light, P25–P75 darker, the median as a line (fans.png, backtest.png). */
    static void paintFan(org.jfree.chart.renderer.xy.DeviationRenderer r) {
        r.setSeriesFillPaint(0, BAND_OUTER);
        r.setSeriesFillPaint(1, BAND_INNER);
        r.setSeriesPaint(0, new Color(0, 0, 0, 0));
        r.setSeriesPaint(1, new Color(0x0D47A1));
        r.setSeriesStroke(1, new BasicStroke(2f));
        r.setAlpha(0.45f);
    }
}
