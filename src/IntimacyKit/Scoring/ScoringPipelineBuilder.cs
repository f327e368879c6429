using IntimacyKit.Content;
using IntimacyKit.Internal;

namespace IntimacyKit.Scoring;

/// <summary>
/// Collects the stages of a <see cref="ScoringPipeline"/>: built-in stages (see <see cref="ScoringStageNames"/>) and
/// custom ones placed before, after or instead of a named stage. <see cref="Build"/> checks every stage's options and
/// order, reports all problems in one message, and freezes the builder.
/// </summary>
public sealed class ScoringPipelineBuilder
{
    private readonly List<ScoringStage> _stages = [];
    private readonly List<string> _problems = [];

    /// <summary>Whether <see cref="Build"/> has run; a frozen builder cannot change.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>The names of the stages added so far, in order.</summary>
    public IReadOnlyList<string> StageNames => [.. _stages.Select(static s => s.Name)];

    /// <summary>Adds a stage at the end.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    public ScoringPipelineBuilder AddStage(ScoringStage stage)
    {
        ThrowIfFrozen();
        _stages.Add(Guard.NotNull(stage));
        return this;
    }

    /// <summary>Inserts a stage just before the stage named <paramref name="name"/>.</summary>
    /// <param name="name">An existing stage's name.</param>
    /// <param name="stage">The stage to insert.</param>
    /// <returns>This builder.</returns>
    public ScoringPipelineBuilder InsertBefore(string name, ScoringStage stage) => Insert(name, Guard.NotNull(stage), offset: 0, nameof(InsertBefore));

    /// <summary>Inserts a stage just after the stage named <paramref name="name"/>.</summary>
    /// <param name="name">An existing stage's name.</param>
    /// <param name="stage">The stage to insert.</param>
    /// <returns>This builder.</returns>
    public ScoringPipelineBuilder InsertAfter(string name, ScoringStage stage) => Insert(name, Guard.NotNull(stage), offset: 1, nameof(InsertAfter));

    /// <summary>Puts a stage in place of the stage named <paramref name="name"/>; give it the same name to keep satisfying later stages that need that
    /// one.</summary>
    /// <param name="name">An existing stage's name.</param>
    /// <param name="stage">The replacement.</param>
    /// <returns>This builder.</returns>
    public ScoringPipelineBuilder Replace(string name, ScoringStage stage)
    {
        ThrowIfFrozen();
        Guard.NotNull(stage);
        var index = IndexOf(name, nameof(Replace));
        if (index >= 0)
        {
            _stages[index] = stage;
        }

        return this;
    }

    /// <summary>Removes the stage named <paramref name="name"/>.</summary>
    /// <param name="name">An existing stage's name.</param>
    /// <returns>This builder.</returns>
    public ScoringPipelineBuilder Remove(string name)
    {
        ThrowIfFrozen();
        var index = IndexOf(name, nameof(Remove));
        if (index >= 0)
        {
            _stages.RemoveAt(index);
        }

        return this;
    }

    /// <summary>Checks the stages, freezes the builder and links the stages into a pipeline for the catalog's assessments.</summary>
    /// <param name="catalog">The content whose assessments the pipeline scores.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="InvalidOperationException">A problem with the stages; the message lists every one.</exception>
    public ScoringPipeline Build(ContentCatalog catalog)
    {
        Guard.NotNull(catalog);
        ThrowIfFrozen();
        var problems = new List<string>(_problems);
        if (_stages.Count == 0)
        {
            problems.Add("The pipeline has no stages; call AddDefaultStages() or add stages.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!seen.Add(stage.Name))
            {
                problems.Add($"Two stages are named '{stage.Name}'; stage names must be unique.");
            }

            stage.Validate(problems);
            if (!stage.Requires.IsEmpty)
            {
                var earlier = _stages.TakeWhile(s => !ReferenceEquals(s, stage)).Select(static s => s.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var required in stage.Requires.Where(r => !earlier.Contains(r)))
                {
                    problems.Add($"Stage '{stage.Name}' needs stage '{required}' to run before it; add it earlier or put a stage of that name in its place.");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The scoring pipeline cannot be "
                + "built:" + string.Concat(problems.Select(static p => Environment.NewLine + "  " + p)));
        }

        IsFrozen = true;
        return new ScoringPipeline(catalog, [.. _stages]);
    }

    private ScoringPipelineBuilder Insert(string name, ScoringStage stage, int offset, string operation)
    {
        ThrowIfFrozen();
        var index = IndexOf(name, operation);
        if (index >= 0)
        {
            _stages.Insert(index + offset, stage);
        }

        return this;
    }

    private int IndexOf(string name, string operation)
    {
        Guard.NotNull(name);
        var index = _stages.FindIndex(s => s.Name == name);
        if (index < 0)
        {
            _problems.Add($"{operation}('{name}'): no stage of that name has been added. Stages so far: "
                + $"{(_stages.Count == 0 ? "none" : string.Join(", ", _stages.Select(static s => s.Name)))}.");
        }

        return index;
    }

    private void ThrowIfFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("This builder has built a pipeline and is frozen; create a new ScoringPipelineBuilder to build another.");
        }
    }
}
