package waitlist.app.importer;

import java.util.ArrayList;
import java.util.List;

/** Line numbers for messages, runs shortened: 3, 7-9, 12. */
final class Lines {

    private Lines() {
    }

    static String ranges(List<Integer> lines) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1) == lines.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? String.valueOf(lines.get(i)) : lines.get(i) + "-" + lines.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
