using System.Collections.Immutable;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>
/// One step of a <see cref="ScoringPipeline"/>. Override <see cref="Execute"/> for a synchronous stage; override
/// <see cref="ExecuteAsync"/> and return <see langword="true"/> from <see cref="IsAsynchronous"/> for one that waits on
/// I/O. Stages are shared by every call: keep them immutable and thread-safe.
/// </summary>
public abstract class ScoringStage
{
    /// <summary>Creates a stage.</summary>
    /// <param name="name">A stable kebab-case name, unique in its pipeline.</param>
    protected ScoringStage(string name) => Name = Guard.NotBlank(name);

    /// <summary>Creates a stage that needs others to run before it.</summary>
    /// <param name="name">A stable kebab-case name, unique in its pipeline.</param>
    /// <param name="requires">Names of the stages that must run before this one; <see cref="ScoringPipelineBuilder.Build"/> says which are missing or
    /// late.</param>
    protected ScoringStage(string name, IEnumerable<string> requires)
        : this(name)
        => Requires = [.. Guard.NotNull(requires)];

    /// <summary>The stage's stable name.</summary>
    public string Name { get; }

    /// <summary>Names of the stages that must run before this one, as built-in stages declare theirs (aggregate needs missing-data).</summary>
    public ImmutableArray<string> Requires { get; } = [];

    /// <summary>Whether the stage must run through <see cref="ExecuteAsync"/>; a pipeline with such a stage scores with <see
    /// cref="ScoringPipeline.ScoreAsync"/> or <see cref="ScoringPipeline.TryScoreAsync"/> only.</summary>
    public virtual bool IsAsynchronous => false;

    /// <summary>Runs the stage.</summary>
    /// <param name="context">The call's context.</param>
    /// <returns>Whether to go on.</returns>
    public abstract StageFlow Execute(ScoringContext context);

    /// <summary>Runs the stage asynchronously; by default, runs <see cref="Execute"/>.</summary>
    /// <param name="context">The call's context.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether to go on.</returns>
    public virtual ValueTask<StageFlow> ExecuteAsync(ScoringContext context, CancellationToken cancellationToken) => new(Execute(context));

    /// <summary>Creates a stage from a delegate.</summary>
    /// <param name="name">A stable kebab-case name.</param>
    /// <param name="execute">The work.</param>
    /// <returns>The stage.</returns>
    public static ScoringStage Create(string name, Func<ScoringContext, StageFlow> execute) => new DelegateStage(name, Guard.NotNull(execute), []);

    /// <summary>Creates a stage from a delegate that needs other stages to run before it.</summary>
    /// <param name="name">A stable kebab-case name.</param>
    /// <param name="requires">Names of the stages that must run before it, such as <see cref="ScoringStageNames.Aggregate"/>.</param>
    /// <param name="execute">The work.</param>
    /// <returns>The stage.</returns>
    public static ScoringStage Create(string name, IEnumerable<string> requires, Func<ScoringContext, StageFlow> execute) => new DelegateStage(
        name,
        Guard.NotNull(execute),
        requires);

    /// <summary>Creates an asynchronous stage from a delegate.</summary>
    /// <param name="name">A stable kebab-case name.</param>
    /// <param name="execute">The work.</param>
    /// <returns>The stage.</returns>
    public static ScoringStage CreateAsync(string name, Func<ScoringContext, CancellationToken, ValueTask<StageFlow>> execute) => new AsyncDelegateStage(
        name,
        Guard.NotNull(execute),
        []);

    /// <summary>Creates an asynchronous stage from a delegate that needs other stages to run before it.</summary>
    /// <param name="name">A stable kebab-case name.</param>
    /// <param name="requires">Names of the stages that must run before it.</param>
    /// <param name="execute">The work.</param>
    /// <returns>The stage.</returns>
    public static ScoringStage CreateAsync(string name, IEnumerable<string> requires, Func<ScoringContext, CancellationToken, ValueTask<StageFlow>> execute)
        => new AsyncDelegateStage(name, Guard.NotNull(execute), requires);

    /// <summary>
    /// Checks the stage's options, as <see cref="ScoringPipelineBuilder.Build"/> does for every stage (a stage that
    /// wraps another calls this on it): adds one line per problem.
    /// </summary>
    /// <param name="problems">Where to add problems.</param>
    public void Validate(ICollection<string> problems) => OnValidate(Guard.NotNull(problems));

    /// <summary>
    /// Override to check the stage's options: add one line per problem, naming the option, its value and the allowed
    /// range (such as "MyOptions.Share is 1.5; value should be in range (0, 1]."). Every stage's problems are reported
    /// together by <see cref="ScoringPipelineBuilder.Build"/>.
    /// </summary>
    /// <param name="problems">Where to add problems.</param>
    protected virtual void OnValidate(ICollection<string> problems)
    {
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private sealed class DelegateStage(string name, Func<ScoringContext, StageFlow> execute, IEnumerable<string> requires) : ScoringStage(name, requires)
    {
        public override StageFlow Execute(ScoringContext context) => execute(context);
    }

    private sealed class AsyncDelegateStage(string name, Func<ScoringContext, CancellationToken, ValueTask<StageFlow>> execute, IEnumerable<string> requires)
        : ScoringStage(name, requires)
    {
        public override bool IsAsynchronous => true;

        public override StageFlow Execute(ScoringContext context)
            => throw new InvalidOperationException($"Stage '{Name}' is asynchronous; score with ScoringPipeline.ScoreAsync.");

        public override ValueTask<StageFlow> ExecuteAsync(ScoringContext context, CancellationToken cancellationToken) => execute(context, cancellationToken);
    }
}
