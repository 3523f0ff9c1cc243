package org.countysim.app.console;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.countysim.app.RunWarnings;
import org.countysim.app.Validator;
import org.countysim.format.Json;
import org.countysim.scenario.CompiledScenario;

/** validate's answer: every problem on stderr, or what was checked and the data quality on stdout. */
public final class ValidateConsole {
    private ValidateConsole() {}

    public static void print(PrintWriter out, PrintWriter err, Path file, Validator.Report report) {
        if (!report.ok()) {
            for (String problem : report.problems()) {
                err.println("error: " + problem);
            }
            err.println(report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems") + " in "
                    + file);
            err.flush();
            return;
        }
        CompiledScenario c = report.compiled();
        out.println(
                "ok: " + file + " — " + c.scenario().name() + ", " + c.model().unitCount() + " units, "
                        + c.scenario().baseYear() + "→" + c.scenario().horizon() + ", "
                        + c.scenario().enabledInterventions().size() + " interventions enabled");
        out.println("baseline: " + c.baseline().file() + " (" + c.baseline().encoding() + ", "
                + c.baseline().units().size() + " rows)");
        out.println(c.quality().line());
        for (String warning : RunWarnings.targets(c)) {
            out.println("warning: " + warning);
        }
        out.flush();
    }

    /** The --json document: ok, the problems, and the data quality when ok. */
    public static Map<String, Object> json(Validator.Report report) {
        return Json.object(
                "ok",
                report.ok(),
                "problems",
                report.problems(),
                "data_quality",
                report.ok() ? report.compiled().quality() : null);
    }
}
