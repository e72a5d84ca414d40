package vn.binhdang.people;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person just invited and how they sign in the first time: a temporary password shown once, or an e-mail. */
@Schema(name = "InvitationView")
public record InvitationView(
        PersonView person,
        @Schema(description = "Mật khẩu tạm, chỉ hiện một lần; người được mời phải đổi ở lần đăng nhập đầu. "
                + "Rỗng khi đã gửi thư.") String temporaryPassword,
        @Schema(description = "Đã gửi thư đặt mật khẩu") boolean emailSent) {
}
