using IntimacyKit.Internal;
using IntimacyKit.Scoring.Stages;

namespace IntimacyKit.Scoring;

/// <summary>Adds the built-in stages to a <see cref="ScoringPipelineBuilder"/>.</summary>
public static class ScoringPipelineBuilderExtensions
{
    /// <summary>
    /// Adds every built-in scoring stage in order: validate, reverse-key, missing-data, aggregate, norms, bands, safety,
    /// response-quality. Recommendations sit a layer above scoring: add their stage after these with
    /// <c>AddRecommendations(...)</c>, which the recommendations namespace provides.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Options of the stages; defaults when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddDefaultStages(this ScoringPipelineBuilder builder, ScoringOptions? options = null)
    {
        options ??= new ScoringOptions();
        return Guard.NotNull(builder)
            .AddValidation(options.Validation)
            .AddReverseKeying()
            .AddMissingData()
            .AddAggregation()
            .AddNorms()
            .AddBands()
            .AddSafety(options.Safety)
            .AddResponseQuality(options.ResponseQuality);
    }

    /// <summary>Adds the validate stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Its options.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddValidation(this ScoringPipelineBuilder builder, ValidationOptions? options = null)
        => Guard.NotNull(builder).AddStage(new ValidateStage(options ?? new ValidationOptions()));

    /// <summary>Adds the reverse-key stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddReverseKeying(this ScoringPipelineBuilder builder) => Guard.NotNull(builder).AddStage(new ReverseKeyStage());

    /// <summary>Adds the missing-data stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddMissingData(this ScoringPipelineBuilder builder) => Guard.NotNull(builder).AddStage(new MissingDataStage());

    /// <summary>Adds the aggregate stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddAggregation(this ScoringPipelineBuilder builder) => Guard.NotNull(builder).AddStage(new AggregateStage());

    /// <summary>Adds the norms stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddNorms(this ScoringPipelineBuilder builder) => Guard.NotNull(builder).AddStage(new NormsStage());

    /// <summary>Adds the bands stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddBands(this ScoringPipelineBuilder builder) => Guard.NotNull(builder).AddStage(new BandsStage());

    /// <summary>Adds the safety stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Its options.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddSafety(this ScoringPipelineBuilder builder, SafetyOptions? options = null)
        => Guard.NotNull(builder).AddStage(new SafetyStage(options ?? new SafetyOptions()));

    /// <summary>Adds the response-quality stage.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Its options.</param>
    /// <returns>The builder.</returns>
    public static ScoringPipelineBuilder AddResponseQuality(this ScoringPipelineBuilder builder, ResponseQualityOptions? options = null)
        => Guard.NotNull(builder).AddStage(new ResponseQualityStage(options ?? new ResponseQualityOptions()));
}
