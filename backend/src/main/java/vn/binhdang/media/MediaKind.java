package vn.binhdang.media;

/** Kinds of media product the commune's units publish. */
public enum MediaKind {
    /** Tin, bài trên trang thông tin điện tử. */
    NEWS,
    /** Chương trình phát thanh (loa truyền thanh). */
    BROADCAST,
    /** Bài đăng mạng xã hội. */
    SOCIAL_POST,
    /** Video, phóng sự. */
    VIDEO,
    /** Tờ rơi, pa-nô, áp phích. */
    LEAFLET
}
