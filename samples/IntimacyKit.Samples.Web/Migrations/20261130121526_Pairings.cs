using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntimacyKit.Samples.Web.Migrations
{
    /// <inheritdoc />
    public partial class Pairings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_Drafts",
                table: "Drafts");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Results",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestFingerprint",
                table: "Results",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PairingId",
                table: "Drafts",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddPrimaryKey(
                name: "PK_Drafts",
                table: "Drafts",
                columns: new[] { "UserId", "AssessmentId", "PairingId" });

            migrationBuilder.CreateTable(
                name: "Pairings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InviterId = table.Column<string>(type: "TEXT", nullable: false),
                    InviteeId = table.Column<string>(type: "TEXT", nullable: true),
                    InviterKind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InviteeKind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InviterLabel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    InviteeLabel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    InviterShownName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    InviteeShownName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CodeHash = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pairings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pairings_AspNetUsers_InviteeId",
                        column: x => x.InviteeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Pairings_AspNetUsers_InviterId",
                        column: x => x.InviterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PairingTakes",
                columns: table => new
                {
                    PairingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingTakes", x => new { x.PairingId, x.AssessmentId, x.UserId, x.Round });
                    table.ForeignKey(
                        name: "FK_PairingTakes_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairingTakes_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairingTakes_Results_ResultId",
                        column: x => x.ResultId,
                        principalTable: "Results",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Results_UserId_IdempotencyKey",
                table: "Results",
                columns: new[] { "UserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_CodeHash",
                table: "Pairings",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_InviteeId",
                table: "Pairings",
                column: "InviteeId");

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_InviterId",
                table: "Pairings",
                column: "InviterId");

            migrationBuilder.CreateIndex(
                name: "IX_PairingTakes_ResultId",
                table: "PairingTakes",
                column: "ResultId");

            migrationBuilder.CreateIndex(
                name: "IX_PairingTakes_UserId",
                table: "PairingTakes",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PairingTakes");

            migrationBuilder.DropTable(
                name: "Pairings");

            migrationBuilder.DropIndex(
                name: "IX_Results_UserId_IdempotencyKey",
                table: "Results");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Drafts",
                table: "Drafts");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Results");

            migrationBuilder.DropColumn(
                name: "RequestFingerprint",
                table: "Results");

            migrationBuilder.DropColumn(
                name: "PairingId",
                table: "Drafts");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Drafts",
                table: "Drafts",
                columns: new[] { "UserId", "AssessmentId" });
        }
    }
}
