using IntimacyKit.Content;
using IntimacyKit.Support;

namespace IntimacyKit.Tests.Contacts;

public class SupportDirectoryReaderTests
{
    [Fact]
    public void Read_AValidDirectory_GivesTheContactsByKindInOrder()
    {
        const string Json = """
            {
              "region": "Testland",
              "contacts": [
                { "kind": "emergency-services", "name": "Testland emergency line", "phone": "000", "hours": "24 hours" },
                { "kind": "crisis-line", "name": "A crisis line", "text": "999" },
                { "kind": "crisis-line", "name": "Another line", "url": "example.invalid/help" }
              ]
            }
            """;

        var read = SupportDirectoryReader.Read(Json, "support.json");

        read.Succeeded.Should().BeTrue(string.Join("\n", read.Problems));
        var directory = read.Directory!;
        directory.Region.Should().Be("Testland");
        directory.ContactsFor("crisis-line").Select(c => c.Name).Should().Equal("A crisis line", "Another line");
        directory.ContactsFor(new SupportResource("x", "emergency-services", "Emergency services", "Call.")).Single().ToString().Should().Be("Testland emergency line: call 000 (24 hours)");
        directory.ContactsFor("therapist").Should().BeEmpty();
        SupportDirectory.Empty.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("", "$", "empty")]
    [InlineData("{\"region\": \"R\", \"contacts\": []} {}", "$", "Additional text")]
    [InlineData("{\"region\": \" \", \"contacts\": []}", "$.region", "region is empty")]
    [InlineData("{\"region\": \"R\", \"contacts\": [{\"kind\": \"\", \"name\": \"N\", \"phone\": \"1\"}]}", "$.contacts[0].kind", "not a kebab-case kind")]
    [InlineData("{\"region\": \"R\", \"contacts\": [{\"kind\": \"Crisis Line\", \"name\": \"N\", \"phone\": \"1\"}]}", "$.contacts[0].kind", "not a kebab-case kind")]
    [InlineData("{\"region\": \"R\", \"contacts\": [{\"kind\": \"crisis-line\", \"name\": \"  \", \"phone\": \"1\"}]}", "$.contacts[0].name", "name is empty")]
    [InlineData("{\"region\": \"R\", \"contacts\": [{\"kind\": \"crisis-line\", \"name\": \"N\"}]}", "$.contacts[0]", "no way to reach it")]
    [InlineData("{\"region\": \"R\", \"contacts\": [{\"kind\": \"crisis-line\", \"name\": \"N\", \"phone\": \"\"}]}", "$.contacts[0].phone", "'phone' of contact 'N' is empty")]
    [InlineData("{\"region\": \"R\", \"contacts\": [{\"kind\": \"crisis-line\", \"name\": \"N\", \"phone\": \"1\", \"fax\": \"2\"}]}", "$.contacts[0].fax", "Unknown property 'fax'")]
    [InlineData("{\"region\": \"R\"}", "$.contacts", "")]
    public void Read_AProblem_IsReportedWithItsPathAndNeverThrows(string json, string path, string says)
    {
        var read = SupportDirectoryReader.Read(json, "support.json");

        read.Succeeded.Should().BeFalse();
        read.Problems.Should().Contain(p => p.Path == path && p.Message.Contains(says, StringComparison.Ordinal), string.Join("\n", read.Problems));
        read.Problems.Should().OnlyContain(p => p.Source == "support.json");
    }

    [Fact]
    public void SupportContact_InvalidValues_AreRefusedAtConstruction()
    {
        var noWay = () => new SupportContact("crisis-line", "A line");
        var badKind = () => new SupportContact("Crisis Line", "A line", phone: "1");
        var blankPhone = () => new SupportContact("crisis-line", "A line", phone: " ");

        noWay.Should().Throw<ArgumentException>().WithMessage("*no way to reach it*");
        badKind.Should().Throw<ArgumentException>().WithMessage("*kebab-case*");
        blankPhone.Should().Throw<ArgumentException>();
    }
}
