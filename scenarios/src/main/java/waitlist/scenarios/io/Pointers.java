package waitlist.scenarios.io;

/** JSON Pointer (RFC 6901) building, with the {@code ~0}/{@code ~1} escapes. */
final class Pointers {
    private Pointers() {
    }

    static String child(String parent, String property) {
        return parent + "/" + property.replace("~", "~0").replace("/", "~1");
    }

    static String child(String parent, int index) {
        return parent + "/" + index;
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
