using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntimacyKit.Samples.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DraftCulture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Culture",
                table: "Drafts",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Culture",
                table: "Drafts");
        }
    }
}
