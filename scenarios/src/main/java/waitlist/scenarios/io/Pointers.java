package waitlist.scenarios.io;

import java.util.NavigableMap;
import java.util.Set;

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

    /** The entries strictly inside {@code pointer}: keys from pointer + "/" up to pointer + "0" ('0' follows '/'). */
    static <V> NavigableMap<String, V> below(NavigableMap<String, V> byPointer, String pointer) {
        return byPointer.subMap(pointer + "/", true, pointer + "0", false);
    }

    /**
     * Where a value named by its pointer in the document as read (source-note wrappers taken out)
     * is in the file as written: "/value" is put back after every wrapped value on the way, so
     * {@code /workforce/ot/fte/2} becomes {@code /workforce/ot/fte/value/2}.
     */
    static String written(String pointer, Set<String> wrapped) {
        if (wrapped.isEmpty()) {
            return pointer;
        }
        StringBuilder logical = new StringBuilder();
        StringBuilder physical = new StringBuilder();
        if (wrapped.contains("")) {
            physical.append("/value");
        }
        for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            logical.append('/').append(token);
            physical.append('/').append(token);
            if (wrapped.contains(logical.toString())) {
                physical.append("/value");
            }
        }
        return physical.toString();
    }
}
