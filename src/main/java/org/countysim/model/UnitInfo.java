package org.countysim.model;

/** What the outputs need to name a projected unit. */
public record UnitInfo(String code, String nameZh, String nameEn) implements java.io.Serializable {
    public String displayName() {
        return nameZh.isEmpty() ? (nameEn.isEmpty() ? code : nameEn) : nameZh;
    }

    public String latinName() {
        return nameEn.isEmpty() ? code : nameEn;
    }
}
