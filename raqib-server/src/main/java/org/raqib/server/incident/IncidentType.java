package org.raqib.server.incident;

import java.util.List;
import java.util.Optional;

/**
 * An incident's sub-type on ACLED's ladder (six event types, twenty-five sub-types), extended with the
 * ceasefire types agreements count: a violation of the ceasefire, weapons or armed groups in a restricted
 * zone, obstruction or interception of aid, restriction of movement. The agreement files count these codes as
 * the {@code type} of {@code incident.reported} facts.
 */
public enum IncidentType {

	ARMED_CLASH(Event.BATTLES, "Armed clash"),
	GOVERNMENT_REGAINS_TERRITORY(Event.BATTLES, "Government regains territory"),
	NON_STATE_ACTOR_OVERTAKES_TERRITORY(Event.BATTLES, "Non-state actor overtakes territory"),
	CHEMICAL_WEAPON(Event.EXPLOSIONS, "Chemical weapon"),
	AIR_DRONE_STRIKE(Event.EXPLOSIONS, "Air/drone strike"),
	SUICIDE_BOMB(Event.EXPLOSIONS, "Suicide bomb"),
	SHELLING(Event.EXPLOSIONS, "Shelling/artillery/missile attack"),
	REMOTE_EXPLOSIVE(Event.EXPLOSIONS, "Remote explosive/landmine/IED"),
	GRENADE(Event.EXPLOSIONS, "Grenade"),
	SEXUAL_VIOLENCE(Event.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
	ATTACK(Event.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
	ABDUCTION(Event.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
	PEACEFUL_PROTEST(Event.PROTESTS, "Peaceful protest"),
	PROTEST_WITH_INTERVENTION(Event.PROTESTS, "Protest with intervention"),
	EXCESSIVE_FORCE(Event.PROTESTS, "Excessive force against protesters"),
	VIOLENT_DEMONSTRATION(Event.RIOTS, "Violent demonstration"),
	MOB_VIOLENCE(Event.RIOTS, "Mob violence"),
	AGREEMENT(Event.STRATEGIC_DEVELOPMENTS, "Agreement"),
	ARRESTS(Event.STRATEGIC_DEVELOPMENTS, "Arrests"),
	CHANGE_TO_GROUP(Event.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
	DISRUPTED_WEAPONS_USE(Event.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
	HEADQUARTERS_ESTABLISHED(Event.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
	LOOTING(Event.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
	NON_VIOLENT_TRANSFER(Event.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
	OTHER(Event.STRATEGIC_DEVELOPMENTS, "Other"),
	CEASEFIRE_VIOLATION(Event.CEASEFIRE, "Violation of the ceasefire"),
	HEAVY_WEAPONS_IN_ZONE(Event.CEASEFIRE, "Weapons in a restricted zone"),
	ARMED_GROUP_IN_ZONE(Event.CEASEFIRE, "Armed group in a restricted zone"),
	OBSTRUCTION_OF_AID(Event.CEASEFIRE, "Obstruction of aid"),
	INTERCEPTION_OF_AID(Event.CEASEFIRE, "Interception of aid"),
	RESTRICTION_OF_MOVEMENT(Event.CEASEFIRE, "Restriction of movement");

	/** ACLED's six event types, and the ceasefire extension. */
	public enum Event {

		BATTLES("Battles"), EXPLOSIONS("Explosions/Remote violence"),
		VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"), PROTESTS("Protests"), RIOTS("Riots"),
		STRATEGIC_DEVELOPMENTS("Strategic developments"), CEASEFIRE("Ceasefire violations");

		private final String acled;

		Event(String acled) {
			this.acled = acled;
		}

		public String code() {
			return Codes.code(this);
		}

		/** The name ACLED's {@code event_type} column uses (the extension's own name for ceasefire types). */
		public String acled() {
			return this.acled;
		}

		public String messageKey() {
			return "incident.event." + code();
		}

		static Optional<Event> ofCode(String code) {
			return Codes.parse(Event.class, code);
		}

	}

	private final Event event;

	private final String acled;

	IncidentType(Event event, String acled) {
		this.event = event;
		this.acled = acled;
	}

	public String code() {
		return Codes.code(this);
	}

	public Event event() {
		return this.event;
	}

	/** The name ACLED's {@code sub_event_type} column uses. */
	public String acled() {
		return this.acled;
	}

	public String messageKey() {
		return "incident.type." + code();
	}

	public static Optional<IncidentType> ofCode(String code) {
		return Codes.parse(IncidentType.class, code);
	}

	/** Parses an ACLED sub-event type as ACLED writes it, or our code. */
	static Optional<IncidentType> ofAcled(String name) {
		for (IncidentType type : values()) {
			if (type.acled.equalsIgnoreCase(name.strip()) || type.code().equals(name.strip())) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	static List<IncidentType> of(Event event) {
		return java.util.Arrays.stream(values()).filter(t -> t.event == event).toList();
	}

}
