using IntimacyKit.Content;
using IntimacyKit.Samples.Web.Data;

namespace IntimacyKit.Samples.Web.Pages.Pairs;

/// <summary>One comparison in a pairing: where it stands, and the report once both have finished a round.</summary>
public sealed record ComparisonView(Assessment Assessment, Comparison State, ReportView? Report);
