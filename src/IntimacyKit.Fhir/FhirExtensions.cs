namespace IntimacyKit.Fhir;

/// <summary>The standard FHIR and SDC extensions IntimacyKit writes and reads.</summary>
public static class FhirExtensions
{
    /// <summary>The numeric weight of an answer option (FHIR core).</summary>
    public const string OrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /// <summary>The weight of an answer (FHIR R5 name, backported; read as well as ordinalValue).</summary>
    public const string ItemWeight = "http://hl7.org/fhir/StructureDefinition/itemWeight";

    /// <summary>How an item is shown, such as radio buttons (FHIR core).</summary>
    public const string ItemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";

    /// <summary>The code system of item controls.</summary>
    public const string ItemControlSystem = "http://hl7.org/fhir/questionnaire-item-control";

    /// <summary>The kit's own extension names, under <see cref="FhirOptions.CanonicalBase"/>.</summary>
    public static class Kit
    {
        /// <summary>The scale an item belongs to (valueString, the scale id).</summary>
        public const string Scale = "scale";

        /// <summary>Whether an item is reverse-keyed (valueBoolean): its weights run the other way; the codes do not change.</summary>
        public const string Reverse = "reverse-keyed";

        /// <summary>The relationship kind the text was rendered for, or the response was given for (valueCode).</summary>
        public const string RelationshipKind = "relationship-kind";

        /// <summary>The pack version a questionnaire was exported from (valueString).</summary>
        public const string PackVersion = "pack-version";

        /// <summary>How a score was worked out (valueString), on a score item of a result.</summary>
        public const string ScoringRule = "scoring-rule";
    }
}
