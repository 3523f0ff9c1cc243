package org.countysim.data;

import java.util.Locale;

/** The three sectors of 地区生产总值: 第一、二、三产业增加值. GDP is their sum. */
public enum Sector {
    PRIMARY,
    SECONDARY,
    TERTIARY;

    public static final int COUNT = 3;

    /** The lower-case name used in CSV columns and scenario files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Sector fromKey(String key) {
        for (Sector s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
