package waitlist.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.app.CliRun;
import waitlist.app.UserError;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.ScenarioScale;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.io.ValueOverride;

class RunEstimateTest {

    private static Scenario baseline(String... sets) {
        return Scenarios.resolve("reconnect-baseline", ValueOverride.parseAll(List.of(sets))).orElseThrow().scenario();
    }

    @Test
    void peopleAreTheExpectedReferralsPlusWhoIsThereAtTheStart() {
        // 660 a year, seasonality normalised away over whole years, 5 % growth: over two years 660 × (1.05^2 − 1) / ln 1.05.
        Scenario s = baseline("/horizon/weeks=104", "/demand/seasonality=[1,1,1,1,1,1,1,1,1,1,1,1]");
        double twoYears = 660 * (Math.pow(1.05, 728 / 365.25) - 1) / Math.log(1.05);
        assertThat(ScenarioScale.expectedReferrals(s)).isCloseTo(twoYears, within(1.0));
        assertThat(RunEstimate.of(s).people()).isCloseTo(twoYears + ScenarioScale.initialPeople(s), within(1.0));
        assertThat(ScenarioScale.initialPeople(s)).isEqualTo(880 + 44); // the caseload and the waiting list by weeks waited
    }

    @Test
    void aServiceThatFallsBehindCostsMoreEveryWeekThanOneThatKeepsUp() {
        RunEstimate keepsUp = RunEstimate.of(baseline());
        RunEstimate behind = RunEstimate.of(baseline("/demand/annualReferrals=5000", "/pathway/dropoutPerWeek=0"));
        assertThat(keepsUp.peakWaiting()).isLessThan(200);
        // 5,000 a year against capacity for about 660: the list grows by roughly 80 a week for 65 weeks.
        assertThat(behind.peakWaiting()).isBetween(4000.0, 6500.0);
        assertThat(behind.secondsPerReplication()).isGreaterThan(3 * keepsUp.secondsPerReplication());
    }

    @Test
    void aRunThatDoesNotFitInMemoryIsRefusedOrGivenFewerThreads() {
        RunEstimate big = RunEstimate.of(baseline("/demand/annualReferrals=100000", "/horizon/weeks=520", "/demand/growthPerYear=0",
                "/pathway/dropoutPerWeek=0"));
        long oneFits = (long) (big.bytes(1) / 0.8) + 1;
        assertThat(big.threadsFor(8, false, oneFits)).isEqualTo(1);
        assertThat(big.threadsFor(1, true, oneFits)).isEqualTo(1);
        assertThatThrownBy(() -> big.threadsFor(8, true, oneFits)).isInstanceOf(UserError.class)
                .hasMessageContaining("--threads 8 would need about").hasMessageContaining("or use --threads 1 (same results, more slowly)");
        assertThatThrownBy(() -> big.threadsFor(1, false, oneFits / 3)).isInstanceOf(UserError.class)
                .hasMessageContaining("does not fit even one replication at a time").hasMessageContaining("WAITLIST_JAVA_OPTS=-Xmx");
        assertThat(big.forecast(100, 2000, 2)).startsWith("estimate: about ").contains("100 to 2000 replications");
        assertThat(RunEstimate.of(baseline()).forecast(2, 2, 2)).isNull();
    }

    @Test
    void absurdDemandIsRefusedAtOnceNamingTheValue() {
        CliRun huge = CliRun.run("simulate", "--set", "/demand/annualReferrals=1e308", "--replications", "2");
        assertThat(huge.exit()).isEqualTo(2);
        assertThat(huge.err()).contains("--set /demand/annualReferrals=1e308: must be at most 100000");
        CliRun growth = CliRun.run("simulate", "--set", "/demand/growthPerYear=2.0", "--set", "/horizon/weeks=520", "--replications", "2");
        assertThat(growth.exit()).isEqualTo(2);
        assertThat(growth.err()).contains("--set /demand/growthPerYear=2.0: must be at most 1");
        CliRun many = CliRun.run("simulate", "--set", "/demand/growthPerYear=1", "--set", "/demand/annualReferrals=20000",
                "--set", "/horizon/weeks=520", "--replications", "2");
        assertThat(many.exit()).isEqualTo(2);
        assertThat(many.err()).contains("/demand: this scenario expects about").contains("at most 2,000,000 people fit in one run");
    }
}
