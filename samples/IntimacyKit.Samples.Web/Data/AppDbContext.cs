using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IntimacyKit.Samples.Web.Data;

/// <summary>
/// The app's database: Identity's accounts, the data-protection keys, each person's saved results, and pairings. The
/// model is the same for every provider; SQLite uses this type and its migrations, PostgreSQL the
/// <see cref="PostgresAppDbContext"/> subtype and migrations of its own.
/// </summary>
public class AppDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's subtype, which has its own options type (and so its own migrations).</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Saved results, each owned by one account.</summary>
    public DbSet<StoredResult> Results => Set<StoredResult>();

    /// <summary>Answers in progress, one per person and assessment.</summary>
    public DbSet<Draft> Drafts => Set<Draft>();

    /// <summary>Pairings and open invitations.</summary>
    public DbSet<Pairing> Pairings => Set<Pairing>();

    /// <summary>Which saved result is each person's answer in a pairing's comparison.</summary>
    public DbSet<PairingTake> PairingTakes => Set<PairingTake>();

    /// <summary>The keys that protect cookies and antiforgery tokens, kept with the data so that restarts keep sessions.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StoredResult>(result =>
        {
            result.HasKey(r => r.Id);
            result.Property(r => r.UserId).IsRequired();
            result.Property(r => r.AssessmentId).HasMaxLength(100).IsRequired();
            result.Property(r => r.AssessmentVersion).HasMaxLength(50).IsRequired();
            result.Property(r => r.PackId).HasMaxLength(100).IsRequired();
            result.Property(r => r.PackVersion).HasMaxLength(50).IsRequired();
            result.Property(r => r.RelationshipKind).HasMaxLength(100).IsRequired();
            result.Property(r => r.Json).IsRequired();
            result.Property(r => r.IdempotencyKey).HasMaxLength(100);
            result.Property(r => r.RequestFingerprint).HasMaxLength(64);
            result.HasIndex(r => new { r.UserId, r.CompletedAtUtc });
            // A retried submission is stored once (every provider here treats NULLs as distinct in a unique index).
            result.HasIndex(r => new { r.UserId, r.IdempotencyKey }).IsUnique();
            // Deleting an account deletes every result that belongs to it.
            result.HasOne<IdentityUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Draft>(draft =>
        {
            draft.HasKey(d => new { d.UserId, d.AssessmentId, d.PairingId });
            draft.Property(d => d.AssessmentId).HasMaxLength(100);
            draft.Property(d => d.AssessmentVersion).HasMaxLength(50).IsRequired();
            draft.Property(d => d.RelationshipKind).HasMaxLength(100).IsRequired();
            draft.Property(d => d.AnswersJson).IsRequired();
            draft.HasOne<IdentityUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        ConfigurePairings(builder);
    }

    private static void ConfigurePairings(ModelBuilder builder)
    {
        builder.Entity<Pairing>(pairing =>
        {
            pairing.HasKey(p => p.Id);
            pairing.Property(p => p.InviterKind).HasMaxLength(100).IsRequired();
            pairing.Property(p => p.InviteeKind).HasMaxLength(100).IsRequired();
            pairing.Property(p => p.InviterLabel).HasMaxLength(PairingStore.MaxLabelLength);
            pairing.Property(p => p.InviteeLabel).HasMaxLength(PairingStore.MaxLabelLength);
            pairing.Property(p => p.InviterShownName).HasMaxLength(PairingStore.MaxLabelLength);
            pairing.Property(p => p.InviteeShownName).HasMaxLength(PairingStore.MaxLabelLength);
            pairing.HasIndex(p => p.CodeHash).IsUnique();
            pairing.HasIndex(p => p.InviterId);
            pairing.HasIndex(p => p.InviteeId);
            // Deleting either account ends the pairing (and, below, every link to answers in it).
            pairing.HasOne<IdentityUser>().WithMany().HasForeignKey(p => p.InviterId).OnDelete(DeleteBehavior.Cascade);
            pairing.HasOne<IdentityUser>().WithMany().HasForeignKey(p => p.InviteeId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PairingTake>(take =>
        {
            take.HasKey(t => new { t.PairingId, t.AssessmentId, t.UserId, t.Round });
            take.Property(t => t.AssessmentId).HasMaxLength(100);
            take.HasOne<Pairing>().WithMany().HasForeignKey(t => t.PairingId).OnDelete(DeleteBehavior.Cascade);
            take.HasOne<IdentityUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            take.HasOne<StoredResult>().WithMany().HasForeignKey(t => t.ResultId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
