package vn.dvc.bench.province;

import java.util.List;

/** The fields (lĩnh vực) of the generated catalogue, with the department that owns each at the provincial tier. */
final class Fields {

    static final String LAND = "Đất đai";

    /** Each department's name and the fields of its procedures, in the order the tree lists departments. */
    static final List<Department> DEPARTMENTS = List.of(
            new Department("Sở Tư pháp", List.of("Tư pháp", "Lý lịch tư pháp", "Công chứng")),
            new Department("Sở Tài nguyên và Môi trường", List.of(LAND, "Môi trường", "Tài nguyên nước")),
            new Department("Sở Xây dựng", List.of("Xây dựng", "Nhà ở")),
            new Department("Sở Kế hoạch và Đầu tư", List.of("Thành lập và hoạt động doanh nghiệp", "Đầu tư")),
            new Department("Sở Giao thông vận tải", List.of("Đường bộ", "Đăng kiểm")),
            new Department("Sở Lao động - Thương binh và Xã hội", List.of("Lao động", "Người có công", "Bảo trợ xã hội")),
            new Department("Sở Y tế", List.of("Khám bệnh, chữa bệnh", "Dược phẩm", "An toàn thực phẩm")),
            new Department("Sở Giáo dục và Đào tạo", List.of("Giáo dục và Đào tạo", "Văn bằng, chứng chỉ")),
            new Department("Sở Công Thương", List.of("Lưu thông hàng hóa", "Điện", "Hóa chất")),
            new Department("Sở Nông nghiệp và Phát triển nông thôn", List.of("Trồng trọt", "Thú y", "Lâm nghiệp")),
            new Department("Sở Tài chính", List.of("Quản lý giá", "Tài chính doanh nghiệp")),
            new Department("Sở Nội vụ", List.of("Tôn giáo", "Thi đua, khen thưởng")),
            new Department("Sở Văn hóa, Thể thao và Du lịch", List.of("Văn hóa", "Du lịch", "Thể dục, thể thao")),
            new Department("Sở Thông tin và Truyền thông", List.of("Báo chí", "Xuất bản, in và phát hành")),
            new Department("Sở Khoa học và Công nghệ", List.of("Tiêu chuẩn đo lường chất lượng", "Sở hữu trí tuệ")),
            new Department("Ban Quản lý Khu kinh tế", List.of("Quản lý khu công nghiệp")),
            new Department("Công an tỉnh", List.of("Đăng ký, quản lý cư trú", "Xuất nhập cảnh")),
            new Department("Ban Dân tộc", List.of("Công tác dân tộc")),
            new Department("Thanh tra tỉnh", List.of("Tiếp công dân", "Giải quyết khiếu nại")),
            new Department("Sở Ngoại vụ", List.of("Ngoại vụ")));

    /** Fields of the procedures provided by districts and communes. */
    static final List<String> LOCAL_FIELDS = List.of("Hộ tịch", "Chứng thực", LAND, "Xây dựng", "Lao động",
            "Bảo trợ xã hội", "Thành lập và hoạt động hộ kinh doanh", "Giáo dục và Đào tạo", "Nông nghiệp", "Văn hóa");

    private Fields() {
    }

    record Department(String name, List<String> fields) {
    }
}
