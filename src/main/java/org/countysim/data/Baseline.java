package org.countysim.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The baseline file as read: every unit of the base year, with the file's hash and encoding for the manifest. */
public record Baseline(Path file, String sha256, String encoding, int year, List<BaselineUnit> units) {
    public Baseline {
        units = List.copyOf(units);
    }

    public Optional<BaselineUnit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
