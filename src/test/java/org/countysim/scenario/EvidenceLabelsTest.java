package org.countysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.countysim.model.Evidence;
import org.countysim.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the outputs call an observation (model.md §11): the scenario's label (free text, any language) or a generated
 * English one for the console, report and files; always a generated Chinese one for the charts, which are drawn in
 * Chinese whatever the label's language.
 */
class EvidenceLabelsTest {
    @TempDir
    Path dir;

    private Fixtures sixRows(String universe) throws Exception {
        return new Fixtures(dir)
                .baseline(
                        "370811,任城区,Rencheng,district,2021,,500,930,band,test",
                        "370812,兖州区,Yanzhou,district,2021,,538,658,band,test",
                        "370881,曲阜市,Qufu,city,2021,,400,453,band,test",
                        "370883,邹城市,Zoucheng,city,2021,930,925,935,rounded,test",
                        "370831,泗水县,Sishui,county,2021,,200,300,band,test",
                        "370871,济宁高新区,Jining HTZ,zone,2021,,300,500,band,test")
                .with("name", "name: t\nuniverse: {kinds: [city, district, county]" + universe + "}")
                .with("horizon", "horizon: 2023");
    }

    private static List<Evidence.Observation> observations(Fixtures f, String evidence) throws Exception {
        return f.with("evidence", evidence).compile().model().evidence().observations();
    }

    @Test
    void theChartsGetAChineseDescriptionWhateverTheLabelsLanguage() throws Exception {
        List<Evidence.Observation> o = observations(sixRows(""), """
                evidence:
                  - {units: all, year: 2021, value: 2950.5, sd: 25, label: the city total}
                  - {units: [任城区, Yanzhou], year: 2022, value: 1300, within: 5}
                  - {units: [370811, 370812, 370881, 370883, 370831], year: 2023, value: 2900, sd: 40}
                """);
        assertEquals("the city total", o.get(0).label(), "the scenario's label, for the console and files");
        assertEquals("base.csv 全部 6 个单位合计", o.get(0).labelZh());
        assertEquals("2021 年 base.csv 全部 6 个单位合计 = 2950.5亿（标准差 25亿）", o.get(0).describeZh());
        assertEquals("任城区 + 兖州区", o.get(1).label());
        assertEquals("2022 年 任城区 + 兖州区 = 1300亿（±5亿以内）", o.get(1).describeZh());
        assertEquals("5 units (任城区, 兖州区, 曲阜市, …)", o.get(2).label());
        assertEquals("2023 年 5 个单位（任城区、兖州区、曲阜市等）合计 = 2900亿（标准差 40亿）", o.get(2).describeZh());
    }

    @Test
    void rowsCountedInsideOthersAreSaidToBeLeftOut() throws Exception {
        List<Evidence.Observation> o = observations(
                sixRows(", counted_inside: [济宁高新区]"), "evidence:\n  - {units: all, year: 2021, value: 2650, sd: 25}\n");
        assertEquals(
                "all 5 rows of base.csv but those counted inside others",
                o.get(0).label());
        assertEquals("base.csv 中 5 个单位合计（不含计入其他单位的 1 个）", o.get(0).labelZh());
    }
}
