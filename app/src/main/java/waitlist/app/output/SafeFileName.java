package waitlist.app.output;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * File names made from ids the user wrote (a practitioner's diary is named after the
 * practitioner). Validation already refuses ids outside a safe set, but the file name never
 * trusts that: it keeps only letters, digits, '.', '_' and '-', never starts with a dot, is at
 * most 80 characters, avoids names Windows reserves, and is made unique even where the file
 * system ignores case ("OT-1" and "ot-1" on macOS).
 */
public final class SafeFileName {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX = 80;

    private final Set<String> used = new HashSet<>();

    /** The safe, unique (ignoring case) name for {@code id} with {@code extension} (e.g. ".csv"). */
    public String of(String id, String extension) {
        String base = UNSAFE.matcher(id).replaceAll("_");
        while (!base.isEmpty() && ".-_".indexOf(base.charAt(0)) >= 0) {
            base = base.substring(1);
        }
        boolean changed = !base.equals(id);
        if (base.isEmpty() || RESERVED.contains(base.toLowerCase(Locale.ROOT).replaceFirst("\\..*", ""))) {
            base = "id_" + base;
            changed = true;
        }
        if (base.length() > MAX) {
            base = base.substring(0, MAX);
            changed = true;
        }
        // A changed id gets a short checksum of the original, so two ids that clean to the same text stay apart.
        String name = changed ? base + "_" + checksum(id) : base;
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "_" + n;
        }
        return candidate + extension;
    }

    private static String checksum(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
