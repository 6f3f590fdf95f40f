package waitlist.scenarios;

/**
 * A geographical alliance the service is organised by (e.g. {@code mid}, "Mid Essex").
 * The id is what every other part of a scenario or snapshot refers to.
 */
public record Alliance(String id, String name) {
}
