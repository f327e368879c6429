using System.Collections.Immutable;
using IntimacyKit.Content;

namespace IntimacyKit.Scoring;

/// <summary>An assessment turned into index arrays once, when a pipeline is built, so that scoring does no look-ups by name.</summary>
internal sealed class CompiledAssessment
{
    public CompiledAssessment(Assessment assessment, ContentCatalog catalog)
    {
        Assessment = assessment;
        ResponseScale = catalog.GetResponseScale(assessment.ResponseScale);
        var items = assessment.Items;
        NotApplicable = [.. items.Select(static item => item.OffersNotApplicable)];
        var compiledItems = CompileItems(items, catalog, ResponseScale);
        var itemIds = compiledItems.Ids;
        var reverse = compiledItems.Reverse;
        ItemScales = compiledItems.Scales;
        ItemMin = compiledItems.Min;
        ItemMax = compiledItems.Max;
        // Every pack's scales run forwards (the validator in ContentPack's constructor); should one not, no answer is
        // taken as in the usual form, and every answer goes the checked way.
        ItemRangesValid = ItemMin.Select((min, i) => min <= ItemMax[i]).All(static valid => valid);
        ItemRange = [.. ItemMin.Select((min, i) => ItemRangesValid ? unchecked(((ulong)(uint)(ItemMax[i] - min) << 32) | (uint)min) : 0UL)];

        var itemIndex = itemIds.Select((id, i) => (id, i)).ToDictionary(static p => p.id, static p => p.i, StringComparer.Ordinal);
        var scores = new List<ScoreLayout>();
        var scaleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = AddScales(assessment, ResponseScale, itemIndex, reverse, scores, scaleIndex);
        AddComposites(assessment, scaleIndex, scores);

        Safety = CompileSafety(assessment, catalog, itemIndex);
        SafetyScreen = [.. Safety.SelectMany(static r => new[] { r.ItemIndex, r.Rule.AtLeast, r.Rule.WhenUnanswered != UnansweredSafetyItem.Ignore ? 1 : 0 })];
        Layout = CreateLayout(assessment, catalog, ResponseScale, compiledItems, scores, Safety);
        var flatPairs = FlattenPairs(pairs);
        PairStart = flatPairs.Start;
        PairNormal = flatPairs.Normal;
        PairReverse = flatPairs.Reverse;
        ReverseItems = [.. Enumerable.Range(0, items.Length).Where(i => items[i].Reverse)];
        var scaleItems = FlattenScaleItems(Layout);
        ScaleItemStart = scaleItems.Start;
        ScaleItems = scaleItems.Items;
        ReverseItemsOutsideScales = [.. ReverseItems.Except(ScaleItems)];
        ScaleMinimum = [.. Layout.Scores.Take(Layout.ScaleCount).Select(static s => s.MinRequired)];
        ScaleIsSum = [.. Layout.Scores.Take(Layout.ScaleCount).Select(static s => s.Aggregation == Aggregation.Sum)];
        var components = FlattenComposites(Layout);
        CompositeStart = components.Start;
        CompositeMembers = components.Members;
        CompositeWeights = components.Weights;
        CompositeMinimum = components.Minimum;
        HasNorms = Layout.Scores.Any(static s => s.Norms is not null);
        var points = Layout.ResponseMax - Layout.ResponseMin + 1;
        // The fused walk (DefaultStagesFused) runs when its packed codes fit: up to 8 points and 255 scale items (a byte a
        // histogram lane), keyed answers that fit in 16 bits, and every scale item on the assessment's response scale
        // (the validator allows another scale only on unscored items; a pack built in code is checked here).
        FusedWalkFits = points is >= 2 and <= 8 && ScaleItems.Length <= 255
            && Math.Abs(Layout.ResponseMin) <= short.MaxValue && Math.Abs(Layout.ResponseMax) <= short.MaxValue
            && ScaleItems.All(item => ItemMin[item] == Layout.ResponseMin && ItemMax[item] == Layout.ResponseMax);
        ItemCodes = FusedWalkFits ? ComputeItemCodes(Layout, reverse, items.Length, points) : [];
        ScaleItemCodes = FusedWalkFits ? [.. ScaleItems.SelectMany(item => new[] { item, (item * points) - Layout.ResponseMin })] : [];
        var bands = FlattenBands(Layout);
        BandStart = bands.Start;
        BandLimits = bands.Limits;
        ScaleValues = new ScaleValueTable(this);
    }

    /// <summary>
    /// Per item: its id, whether it is reverse-keyed, its response scale (its own, or <paramref name="responseScale"/>) and
    /// that scale's range.
    /// </summary>
    private static CompiledItems CompileItems(
        ImmutableArray<AssessmentItem> items,
        ContentCatalog catalog,
        ResponseScale responseScale)
    {
        var itemIds = new string[items.Length];
        var reverse = new bool[items.Length];
        var itemScales = new ResponseScale[items.Length];
        var itemMin = new int[items.Length];
        var itemMax = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            itemIds[i] = items[i].Id;
            reverse[i] = items[i].Reverse;
            itemScales[i] = items[i].ResponseScale is { } own ? catalog.GetResponseScale(own) : responseScale;
            itemMin[i] = itemScales[i].Min;
            itemMax[i] = itemScales[i].Max;
        }

        return new CompiledItems(itemIds, reverse, itemScales, itemMin, itemMax);
    }

    /// <summary>
    /// Adds a layout for every scale to <paramref name="scores"/>, records its slot in <paramref name="scaleIndex"/>, and returns
    /// per scale its (normal, reverse-keyed) item pairs.
    /// </summary>
    private static List<(int Normal, int Reverse)[]> AddScales(
        Assessment assessment,
        ResponseScale responseScale,
        Dictionary<string, int> itemIndex,
        bool[] reverse,
        List<ScoreLayout> scores,
        Dictionary<string, int> scaleIndex)
    {
        var pairs = new List<(int Normal, int Reverse)[]>();
        foreach (var scale in assessment.Scales)
        {
            var members = assessment.ItemsOf(scale.Id).Select(item => itemIndex[item.Id]).ToArray();
            var (lowest, highest) = scale.PossibleRange(responseScale, members.Length);
            scaleIndex[scale.Id] = scores.Count;
            scores.Add(new ScoreLayout(
                scale.Id,
                scale.Title,
                false,
                scale.Obstacle,
                scale.Category,
                scale.Aggregation,
                scale.MinAnswered,
                members,
                [],
                scale.Bands,
                scale.Norms,
                lowest,
                highest,
                scale.Protective,
                scale.AboutOther));
            pairs.Add([.. members.Where(m => !reverse[m]).SelectMany(normal => members.Where(m => reverse[m]).Select(rev => (normal, rev)))]);
        }

        return pairs;
    }

    /// <summary>Adds a layout for every composite to <paramref name="scores"/>, after the scales it weighs.</summary>
    private static void AddComposites(Assessment assessment, Dictionary<string, int> scaleIndex, List<ScoreLayout> scores)
    {
        foreach (var composite in assessment.Composites)
        {
            var members = composite.Components.Select(c => scaleIndex[c.Scale]).ToArray();
            var weights = composite.Components.Select(static c => c.Weight).ToArray();
            var total = weights.Sum(Math.Abs);
            var lowest = members.Select((m, k) => weights[k] * (weights[k] > 0 ? scores[m].Lowest : scores[m].Highest)).Sum() / total;
            var highest = members.Select((m, k) => weights[k] * (weights[k] > 0 ? scores[m].Highest : scores[m].Lowest)).Sum() / total;
            scores.Add(new ScoreLayout(
                composite.Id,
                composite.Title,
                true,
                null,
                null,
                Aggregation.Mean,
                composite.MinScales,
                members,
                weights,
                composite.Bands,
                null,
                lowest,
                highest,
                composite.Protective));
        }
    }

    /// <summary>The assessment's safety rules with their item indices and support resources resolved.</summary>
    private static CompiledSafetyRule[] CompileSafety(Assessment assessment, ContentCatalog catalog, Dictionary<string, int> itemIndex)
        => [.. assessment.SafetyRules.Select(rule => new CompiledSafetyRule(
            rule,
            itemIndex[rule.Item],
            [.. rule.Resources.Select(catalog.GetSupportResource)],
            [.. rule.ResourcesWhenUnanswered.Select(catalog.GetSupportResource)]))];

    /// <summary>The layout results share: the assessment's items and scores, its notices and the support resources its safety rules name.</summary>
    private static ResultLayout CreateLayout(
        Assessment assessment,
        ContentCatalog catalog,
        ResponseScale responseScale,
        CompiledItems compiledItems,
        List<ScoreLayout> scores,
        CompiledSafetyRule[] safety)
    {
        var screenResources = safety.SelectMany(static rule => rule.Resources.Concat(rule.UnansweredResources)).DistinctBy(
            static r => r.Id,
            StringComparer.Ordinal).ToImmutableArray();
        return new ResultLayout(
            assessment.Id,
            assessment.Version,
            assessment.Title,
            responseScale.Min,
            responseScale.Max,
            compiledItems.Ids,
            compiledItems.Reverse,
            [.. scores],
            assessment.Scales.Length,
            catalog.NoticesFor(assessment.Id),
            screenResources,
            [.. assessment.Items.Select(static item => item.Obstacle)])
        {
            Culture = catalog.PackFor(assessment.Id).Culture,
            ShowsBands = catalog.PackFor(assessment.Id).ShowsBands,
        };
    }

    /// <summary>Every scale's item pairs in one pair of arrays, with where each scale's pairs start (and one extra entry for the end).</summary>
    private static (int[] Start, int[] Normal, int[] Reverse) FlattenPairs(List<(int Normal, int Reverse)[]> pairs)
    {
        var start = new int[pairs.Count + 1];
        var flatPairs = new List<(int Normal, int Reverse)>();
        for (var s = 0; s < pairs.Count; s++)
        {
            start[s] = flatPairs.Count;
            flatPairs.AddRange(pairs[s]);
        }

        start[pairs.Count] = flatPairs.Count;
        return (start, [.. flatPairs.Select(static p => p.Normal)], [.. flatPairs.Select(static p => p.Reverse)]);
    }

    /// <summary>The items of every scale in one array, with where each scale's items start (and one extra entry for the end).</summary>
    private static (int[] Start, int[] Items) FlattenScaleItems(ResultLayout layout)
    {
        var start = new int[layout.ScaleCount + 1];
        var flat = new List<int>();
        for (var s = 0; s < layout.ScaleCount; s++)
        {
            start[s] = flat.Count;
            flat.AddRange(layout.Scores[s].Members);
        }

        start[layout.ScaleCount] = flat.Count;
        return (start, [.. flat]);
    }

    /// <summary>The component scales and weights of every composite in one array each, with where each composite starts and its minimum.</summary>
    private static (int[] Start, int[] Members, double[] Weights, int[] Minimum) FlattenComposites(ResultLayout layout)
    {
        var composites = layout.Scores.Skip(layout.ScaleCount).ToList();
        var start = new int[composites.Count + 1];
        var componentScales = new List<int>();
        var componentWeights = new List<double>();
        for (var c = 0; c < composites.Count; c++)
        {
            start[c] = componentScales.Count;
            componentScales.AddRange(composites[c].Members);
            componentWeights.AddRange(composites[c].Weights);
        }

        start[composites.Count] = componentScales.Count;
        return (start, [.. componentScales], [.. componentWeights], [.. composites.Select(static c => c.MinRequired)]);
    }

    /// <summary>
    /// What the fused walk over the scales needs of each raw answer of each item, in one int (see <see cref="ItemCodes"/>):
    /// its keyed value in the high 16 bits; its end code in bits 6 to 10 (bit 6 the keyed answer at the top of the
    /// scale, bit 7 at the bottom, moved up two bits for a reverse-keyed item, and bit 10 set for a reverse-keyed item
    /// answered at all); and its histogram lane's shift (8 x its point) in bits 0 to 5, where a 64-bit shift reads its
    /// count, so that the walk adds 1 &lt;&lt; code to the histogram as it is.
    /// </summary>
    private static int[] ComputeItemCodes(ResultLayout layout, bool[] reverse, int itemCount, int points)
    {
        var codes = new int[itemCount * points];
        for (var i = 0; i < itemCount; i++)
        {
            for (var p = 0; p < points; p++)
            {
                var key = reverse[i] ? ResponseScale.Reverse(layout.ResponseMin, layout.ResponseMax, layout.ResponseMin + p) : layout.ResponseMin + p;
                var end = (key == layout.ResponseMax ? 1 : 0) | (key == layout.ResponseMin ? 2 : 0);
                end = reverse[i] ? (end << 2) | 16 : end;
                codes[(i * points) + p] = (key << 16) | (end << 6) | (8 * p);
            }
        }

        return codes;
    }

    private static (int[] Start, double[] Limits) FlattenBands(ResultLayout layout)
    {
        var start = new int[layout.Scores.Length + 1];
        var limits = new List<double>();
        for (var i = 0; i < layout.Scores.Length; i++)
        {
            start[i] = limits.Count / 2;
            var score = layout.Scores[i];
            if (score.Bands.Length >= byte.MaxValue)
            {
                // A slot keeps its band in a byte (index plus one); no instrument needs this many.
                throw new ArgumentException(
                    $"Score '{score.Id}' has {score.Bands.Length} bands; a score can have at most {byte.MaxValue - 1}.",
                    nameof(layout));
            }

            foreach (var band in score.Bands)
            {
                // from <= value < to, or value <= to for the band that ends at the highest possible score: the same
                // as value < the next double above to, so one comparison a side serves both.
                limits.Add(band.From);
                limits.Add(band.To >= score.Highest ? Math.BitIncrement(band.To) : band.To);
            }
        }

        start[layout.Scores.Length] = limits.Count / 2;
        return (start, [.. limits]);
    }

    /// <summary>
    /// Per item and raw answer (at item x points + answer - lowest answer): the keyed value, histogram shift and end
    /// code of that answer, packed as <see cref="ComputeItemCodes"/> says; empty when the histogram does not fit.
    /// </summary>
    public int[] ItemCodes { get; }

    /// <summary>
    /// Per entry of <see cref="ScaleItems"/>, two ints: the item, and where its <see cref="ItemCodes"/> start less the
    /// lowest answer, so that raw answer v's code is at that plus v. One array keeps the fused walk's pointers few.
    /// </summary>
    public int[] ScaleItemCodes { get; }

    /// <summary>Every score each short scale can take, with its band, by answered count and sum (the fused stages read it).</summary>
    public ScaleValueTable ScaleValues { get; }

    /// <summary>
    /// Whether the fused stages' walk can run: the scale items' answer histogram fits in one 64-bit integer (eight bits a
    /// point), keyed answers fit the packed item codes, and every scale item is on the assessment's response scale.
    /// </summary>
    public bool FusedWalkFits { get; }

    /// <summary>Where each score's bands start in <see cref="BandLimits"/> (in bands, two limits each), with one extra entry for the end.</summary>
    public int[] BandStart { get; }

    /// <summary>
    /// Band b of the scores holds from &lt;= value &lt; to, with from at 2b and to at 2b + 1; a band that ends at the
    /// highest possible score has the next double above its end as to, so that it also holds that score.
    /// </summary>
    public double[] BandLimits { get; }

    public Assessment Assessment { get; }

    public ResponseScale ResponseScale { get; }

    public ResultLayout Layout { get; }

    /// <summary>The response scale of each item: the assessment's, or the item's own (safety statements about events).</summary>
    public ResponseScale[] ItemScales { get; }

    /// <summary>Per item, whether it offers "Does not apply".</summary>
    public bool[] NotApplicable { get; }

    /// <summary>Per item, the lowest valid answer (of its own response scale, or the assessment's).</summary>
    public int[] ItemMin { get; }

    /// <summary>Per item, the highest valid answer.</summary>
    public int[] ItemMax { get; }

    /// <summary>
    /// Each item's range in one read: its minimum in the low 32 bits and its maximum less its minimum (the span) in the
    /// high 32; an answer v is in range when (uint)(v - min) &lt;= span.
    /// </summary>
    public ulong[] ItemRange { get; }

    /// <summary>Whether every item's minimum is at most its maximum, as <see cref="ItemRange"/> needs (packs built in code are not validated).</summary>
    public bool ItemRangesValid { get; }

    /// <summary>Every (normal, reverse-keyed) pair of item indices within one scale, for the contradiction check: the normal items.</summary>
    public int[] PairNormal { get; }

    /// <summary>The reverse-keyed item of each pair in <see cref="PairNormal"/>.</summary>
    public int[] PairReverse { get; }

    /// <summary>Where each scale's pairs start in <see cref="PairNormal"/>, with one extra entry for the end.</summary>
    public int[] PairStart { get; }

    public CompiledSafetyRule[] Safety { get; }

    /// <summary>The safety rules as the screen reads them, three ints each: item index, threshold, 1 when an unanswered item raises the rule.</summary>
    public int[] SafetyScreen { get; }

    /// <summary>Indices of the reverse-keyed items.</summary>
    public int[] ReverseItems { get; }

    /// <summary>The reverse-keyed items that belong to no scale (the fused walk keys every scale item itself).</summary>
    public int[] ReverseItemsOutsideScales { get; }

    /// <summary>The items of every scale in one array (scale s holds <c>ScaleItems[ScaleItemStart[s]..ScaleItemStart[s + 1]]</c>), so hot loops walk
    /// contiguous memory.</summary>
    public int[] ScaleItems { get; }

    /// <summary>Where each scale's items start in <see cref="ScaleItems"/>, with one extra entry for the end.</summary>
    public int[] ScaleItemStart { get; }

    /// <summary>Per scale, the fewest answered items for a score.</summary>
    public int[] ScaleMinimum { get; }

    /// <summary>Per scale, whether it is a prorated sum rather than a mean.</summary>
    public bool[] ScaleIsSum { get; }

    /// <summary>The component scales (slot indices) of every composite in one array; see <see cref="CompositeStart"/>.</summary>
    public int[] CompositeMembers { get; }

    /// <summary>The weight of each entry of <see cref="CompositeMembers"/>.</summary>
    public double[] CompositeWeights { get; }

    /// <summary>Where each composite's components start in <see cref="CompositeMembers"/>, with one extra entry for the end.</summary>
    public int[] CompositeStart { get; }

    /// <summary>Per composite, the fewest scored scales for a score.</summary>
    public int[] CompositeMinimum { get; }

    /// <summary>Whether any scale has norms in the content (hosts may still set their own).</summary>
    public bool HasNorms { get; }

    /// <summary>Per item: its id, whether it is reverse-keyed, its response scale, and that scale's lowest and highest answer.</summary>
    private readonly record struct CompiledItems(string[] Ids, bool[] Reverse, ResponseScale[] Scales, int[] Min, int[] Max);
}
