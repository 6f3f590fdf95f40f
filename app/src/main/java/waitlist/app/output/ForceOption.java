package waitlist.app.output;

import picocli.CommandLine.Option;

/** {@code --force}: the one switch that lets a command write where it would otherwise refuse to. Mixed into every command that writes files. */
public final class ForceOption {

    @Option(names = "--force", description = "Write into an output folder that holds files waitlist did not write, "
            + "or replace an existing output file.")
    boolean force;

    public boolean force() {
        return force;
    }
}
