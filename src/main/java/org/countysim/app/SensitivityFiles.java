package org.countysim.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.countysim.CountySimException;
import org.countysim.report.OutputFolder;

/**
 * The files a sensitivity run can write: the one list behind the export-name check (an export must never replace a
 * result) and the report's "Files" line (only what was written).
 */
final class SensitivityFiles {
    /** Every name a sensitivity run may write into its folder, besides the export. */
    static final List<String> OUTPUTS = List.of(
            "tornado.csv",
            "tornado.png",
            "sobol.csv",
            "sobol.png",
            "voi.csv",
            "prim.csv",
            "prim_box.csv",
            "prim.png",
            "report.html",
            "manifest.json",
            OutputFolder.MARKER);

    private SensitivityFiles() {}

    /** Refuses an export name that is one of the run's own files (compared without case, as some file systems do). */
    static void checkExportName(String name) {
        for (String output : OUTPUTS) {
            if (output.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                throw new CountySimException("--export-trials " + name + " is the name of one of the run's own"
                        + " results and would replace it; choose another name, e.g. trials.csv.gz");
            }
        }
    }

    /** The run's files in the order the report lists them, each with what it holds; the export last. */
    static List<String> written(SensitivityOutcome o, boolean charts) {
        List<String> files = new ArrayList<>();
        if (o.tornado() != null) {
            files.add("tornado.csv");
            if (charts) {
                files.add("tornado.png");
            }
        }
        if (!o.sobol().isEmpty()) {
            files.add("sobol.csv");
            if (charts) {
                files.add("sobol.png");
            }
            files.add("voi.csv");
        }
        if (o.prim() != null) {
            files.add("prim.csv (trajectory)");
            files.add("prim_box.csv (the rule)");
            if (charts) {
                files.add("prim.png");
            }
        }
        files.add("manifest.json");
        if (o.exportFile() != null) {
            files.add(o.exportFile() + " (" + o.exportTrials() + " trials, one row each)");
        }
        return files;
    }
}
