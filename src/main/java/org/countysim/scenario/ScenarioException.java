package org.countysim.scenario;

import java.util.List;
import org.countysim.CountySimException;

/** One or more problems in a scenario, each naming its scenario path and file position. */
public class ScenarioException extends CountySimException {
    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
