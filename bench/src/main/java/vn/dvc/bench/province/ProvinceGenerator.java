package vn.dvc.bench.province;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a province from a seed: the same seed and scale give the same tree, catalogue and unit behaviour. Unit codes
 * start with the namespace, so several runs live side by side in one database; service codes are shared.
 */
public final class ProvinceGenerator {

    private static final List<String> DISTRICT_NAMES = List.of("Thành phố Đồng Xoài", "Thị xã Bình Long",
            "Thị xã Phước Long", "Thị xã Chơn Thành", "Huyện Bù Đăng", "Huyện Bù Đốp", "Huyện Bù Gia Mập",
            "Huyện Đồng Phú", "Huyện Hớn Quản", "Huyện Lộc Ninh", "Huyện Phú Riềng");

    private ProvinceGenerator() {
    }

    public static Province generate(String namespace, ProvinceShape shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UnitSpec> units = new ArrayList<>();
        UnitSpec province = new UnitSpec(namespace, "Tỉnh Bình Phước", "PROVINCE", null, null);
        units.add(province);
        List<UnitSpec> departments = new ArrayList<>();
        for (int i = 0; i < shape.departments(); i++) {
            UnitSpec department = new UnitSpec(namespace + ".S" + two(i + 1), Fields.DEPARTMENTS.get(i).name(),
                    "DEPARTMENT", province.code(), null);
            departments.add(department);
            units.add(department);
        }
        UnitSpec serviceCentre = new UnitSpec(namespace + ".TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh",
                "DEPARTMENT", province.code(), "SERVICE_CENTRE");
        UnitSpec landOffice = new UnitSpec(namespace + ".VPDKDD", "Văn phòng Đăng ký đất đai tỉnh", "DEPARTMENT",
                departments.get(1).code(), "LAND_OFFICE");
        units.add(serviceCentre);
        units.add(landOffice);
        List<UnitSpec> paymentUnits = new ArrayList<>(List.of(serviceCentre, landOffice));
        List<UnitSpec> districts = new ArrayList<>();
        Map<String, UnitSpec> oneStopShops = new LinkedHashMap<>();
        for (int i = 0; i < shape.districts(); i++) {
            String name = i < DISTRICT_NAMES.size() ? DISTRICT_NAMES.get(i) : "Huyện số " + (i + 1);
            UnitSpec district = new UnitSpec(namespace + ".H" + two(i + 1), name, "DISTRICT", province.code(), null);
            UnitSpec shop = new UnitSpec(district.code() + ".MC", "Bộ phận Một cửa " + name, "DISTRICT", district.code(),
                    "ONE_STOP_SHOP");
            UnitSpec branch = new UnitSpec(district.code() + ".CNDD", "Chi nhánh Văn phòng Đăng ký đất đai " + name,
                    "DISTRICT", landOffice.code(), "LAND_OFFICE");
            districts.add(district);
            oneStopShops.put(district.code(), shop);
            units.addAll(List.of(district, shop, branch));
            paymentUnits.addAll(List.of(shop, branch));
        }
        List<UnitSpec> communes = new ArrayList<>();
        for (int i = 0; i < shape.communes(); i++) {
            UnitSpec district = districts.get(i % districts.size());
            int number = i / districts.size() + 1;
            UnitSpec commune = new UnitSpec(district.code() + ".X" + two(number),
                    (number % 4 == 0 ? "Phường " : "Xã ") + number + ", " + district.name(), "COMMUNE", district.code(), null);
            communes.add(commune);
            if (random.nextDouble() < 0.7) {
                paymentUnits.add(commune);
            }
        }
        units.addAll(communes);
        List<ServiceSpec> services = Catalogue.build(random, departments);
        return new Province(namespace, shape, List.copyOf(units), List.copyOf(services), profiles(random, departments),
                profiles(random, districts), profiles(random, communes), serviceCentre, Map.copyOf(oneStopShops),
                List.copyOf(paymentUnits));
    }

    /** Units differ: a few lead the campaign, most lag (online share 2–50 %, late 0–6.5 %, digitised 40–98 %). */
    private static List<UnitProfile> profiles(SplittableRandom random, List<UnitSpec> units) {
        return units.stream().map(unit -> new UnitProfile(unit, 0.3 + random.nextDouble() * 1.7,
                0.02 + Math.pow(random.nextDouble(), 1.6) * 0.48, random.nextDouble() * 0.065,
                0.4 + random.nextDouble() * 0.58, 0.05 + random.nextDouble() * 0.35,
                random.nextDouble() < 0.5 ? 0 : 0.1 + random.nextDouble() * 0.9)).toList();
    }

    private static String two(int number) {
        return String.format("%02d", number);
    }
}
