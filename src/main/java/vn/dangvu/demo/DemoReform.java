package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.organisation.Decision;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.Reorganiser;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;

/**
 * The demo district lives through 1/7/2025 (DESIGN.md §6, RULES.md "Organisation"): the new Đồng Tháp
 * province becomes the root, Tân Hồng's nine units merge into four communes, and the district ends. Each
 * step goes through {@link Reorganiser} as the system, in the loader's transaction, so the demo holds the
 * same dated versions, events and audit entries a user's reorganisation would; membership periods are
 * never touched, so the 2019 and 2021 figures stay what they were as of their dates.
 *
 * <p>Level roles (the province's plan decides them, RULES.md): the demo models each new commune Party
 * committee as a grassroots organisation directly under the province (so the provincial organisation
 * board handles official transfers out of it, QĐ 294 §6.3.1), and its hamlet and quarter branches as
 * branches under that grassroots committee, which they already were under the old communes.
 */
@Component
@RequiredArgsConstructor
class DemoReform {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final String PROVINCE_CODE = "DT";
    static final String PROVINCE_NAME = "Đảng bộ tỉnh Đồng Tháp";

    /** A new commune and the old units (codes under the district) merged into it. */
    record NewCommune(String code, String name, List<String> predecessors) {}

    /** Tân Hồng's nine units became four (Nghị quyết 1663/NQ-UBTVQH15; RULES.md). */
    static final List<NewCommune> COMMUNES = List.of(
            new NewCommune("DT-TH", "Xã Tân Hồng", List.of("SR", "TCC", "BP")),
            new NewCommune("DT-TT", "Xã Tân Thành", List.of("TB", "TTA")),
            new NewCommune("DT-THC", "Xã Tân Hộ Cơ", List.of("THC", "TTB")),
            new NewCommune("DT-AP", "Xã An Phước", List.of("AP", "TP")));

    // The decisions' numbers and dates are illustrative (real-looking, not the real ones), except the
    // Central Organisation Commission's guide 31-HD/BTCTW of 23/4/2025, under which the district-level
    // Party organisations ended their activity.
    private static final Decision PROVINCE_ESTABLISHED =
            new Decision("2715-QĐ/TW", LocalDate.of(2025, 6, 27), "Bộ Chính trị");
    private static final Decision COMMUNES_ESTABLISHED =
            new Decision("1205-QĐ/TU", LocalDate.of(2025, 6, 30), "Ban Thường vụ Tỉnh ủy Đồng Tháp");
    private static final Decision DISTRICT_ENDED =
            new Decision("31-HD/BTCTW", LocalDate.of(2025, 4, 23), "Ban Tổ chức Trung ương");

    private final Reorganiser reorganiser;
    private final AccountLoader accounts;

    /**
     * Replays 1/7/2025 on the loaded district ({@code communeIds}: the old units by their code, e.g. "TB";
     * {@code securityIds}: their military and police branches) and moves the demo accounts to the units that
     * carry their work on.
     */
    void replay(UnitView district, Map<String, Long> communeIds, Map<String, Long> securityIds) {
        UnitView province = reorganiser.establish(
                null,
                new Reorganiser.Step(REFORM, PROVINCE_ESTABLISHED, null),
                PROVINCE_CODE,
                PROVINCE_NAME,
                UnitKind.PROVINCE,
                LevelRole.PROVINCE,
                null);
        Reorganiser.Step communes = new Reorganiser.Step(REFORM, COMMUNES_ESTABLISHED, null);
        Map<String, Long> newCommunes = new java.util.HashMap<>();
        for (NewCommune spec : COMMUNES) {
            // each old unit had its own military branch of the same name: under one commune they are told
            // apart by the old unit's name
            for (String old : spec.predecessors()) {
                DemoDistrict.Commune was = DemoDistrict.COMMUNES.stream()
                        .filter(c -> c.code().equals(old))
                        .findFirst()
                        .orElseThrow();
                reorganiser.rename(
                        null,
                        communes,
                        securityIds.get(old),
                        was.town()
                                ? "Chi bộ Quân sự thị trấn Sa Rài (cũ)"
                                : "Chi bộ Quân sự - Công an xã " + was.name() + " (cũ)");
            }
            UnitView commune = reorganiser.establish(
                    null, communes, spec.code(), spec.name(), UnitKind.COMMUNE, LevelRole.GRASSROOTS, province.id());
            reorganiser.merge(
                    null,
                    communes,
                    spec.predecessors().stream().map(communeIds::get).toList(),
                    commune.id());
            newCommunes.put(spec.code(), commune.id());
        }
        reorganiser.end(null, new Reorganiser.Step(REFORM, DISTRICT_ENDED, null), district.id(), province.id());

        accounts.moveSystemAccount("tochuc", "Ban Tổ chức Tỉnh ủy", province.id());
        accounts.moveSystemAccount("lanhdao", "Thường trực Tỉnh ủy", province.id());
        accounts.moveSystemAccount("xa.thongbinh", "Văn phòng Đảng ủy xã Tân Thành", newCommunes.get("DT-TT"));
        accounts.moveSystemAccount("xa.tanhoco", "Văn phòng Đảng ủy xã Tân Hộ Cơ", newCommunes.get("DT-THC"));
    }
}
