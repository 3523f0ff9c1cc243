package org.countysim.app;

import java.nio.file.Path;
import java.util.List;
import org.countysim.data.HistoryCsvReader;
import org.countysim.history.Calibration;
import org.countysim.history.Calibrator;
import org.countysim.history.History;
import org.countysim.report.CalibrationFragment;
import org.countysim.report.FragmentFile;

/** {@code countysim calibrate}: history file → estimates (model.md §9) → scenario fragment. */
public final class CalibratePipeline {
    private CalibratePipeline() {}

    /** @param warnings the history file's warnings (History#warnings), also written into the fragment */
    public record Outcome(Calibration calibration, Path fragment, List<String> warnings) {}

    /**
     * @param units units to use (codes or names), empty for all
     * @param out   the fragment file, or null for {@code out/<history file name>-calibration.yaml}
     */
    public static Outcome run(Path historyFile, List<String> units, Path out) {
        Path target = out != null ? out : defaultOut(historyFile);
        FragmentFile file = FragmentFile.check(target, CalibrationFragment.MARKER, List.of(historyFile));
        History history = HistoryCsvReader.read(historyFile);
        Calibration calibration = Calibrator.calibrate(history, units);
        file.write(CalibrationFragment.text(calibration, history.sha256(), Version.current(), history.warnings()));
        return new Outcome(calibration, target, history.warnings());
    }

    static Path defaultOut(Path historyFile) {
        String stem = historyFile.getFileName().toString().replaceFirst("\\.[A-Za-z]+$", "");
        return Path.of("out", stem + "-calibration.yaml");
    }
}
