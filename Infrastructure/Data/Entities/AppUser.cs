using Microsoft.AspNetCore.Identity;

namespace MusicRecommender.Infrastructure.Data.Entities;

public sealed class AppUser : IdentityUser;
