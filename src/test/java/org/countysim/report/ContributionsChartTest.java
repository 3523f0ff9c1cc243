package org.countysim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

/** A panel where no intervention moves the metric gets a readable axis (±1), not JFreeChart's ±4E-9. */
class ContributionsChartTest {
    @Test
    void onlyAPanelOfZerosAndZeroErrorsCountsAsAllZero() {
        DefaultStatisticalCategoryDataset zeros = new DefaultStatisticalCategoryDataset();
        zeros.add(0, 0, "contribution", "a");
        zeros.add(0, 0, "contribution", "b");
        assertTrue(ContributionsChart.allZero(zeros));
        DefaultStatisticalCategoryDataset noise = new DefaultStatisticalCategoryDataset();
        noise.add(0, 0, "contribution", "a");
        noise.add(0, 0.02, "contribution", "b");
        assertFalse(ContributionsChart.allZero(noise), "a zero value with an error bar is drawn as it is");
    }
}
