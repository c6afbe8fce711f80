import { renderToStaticMarkup } from 'react-dom/server'

/**
 * The emails Greenroom sends, as an HTML part and a text part (ADR 033). The HTML is rendered with
 * React's static renderer (every value escaped by construction), laid out the way mail clients
 * expect: one centred table at most 600 px wide, inline styles only, a button that is a plain link,
 * 16 px text, no images, no script. The text part says the same with the links written out.
 */
export interface MailContent {
  subject: string
  /** The first line, shown by clients beside the subject. */
  preheader: string
  heading: string
  paragraphs: string[]
  action: { label: string; url: string }
  /** Why they receive it and how to stop; absent for an invite (no settings yet). */
  unsubscribe?: { what: string; url: string }
}

const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

function Email({ c }: { c: MailContent }) {
  return (
    <html lang="en">
      <head>
        <meta httpEquiv="Content-Type" content="text/html; charset=UTF-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{c.subject}</title>
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: '#f4f4f5', fontFamily: font }}>
        <div style={{ display: 'none', maxHeight: 0, overflow: 'hidden' }}>{c.preheader}</div>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ backgroundColor: '#f4f4f5' }}>
          <tbody>
            <tr>
              <td align="center" style={{ padding: '24px 12px' }}>
                <table
                  role="presentation"
                  width="100%"
                  cellPadding={0}
                  cellSpacing={0}
                  style={{ maxWidth: '600px', backgroundColor: '#ffffff', borderRadius: '8px', color: '#18181b' }}
                >
                  <tbody>
                    <tr>
                      <td style={{ padding: '24px', fontSize: '16px', lineHeight: '24px' }}>
                        <p style={{ margin: '0 0 8px', fontSize: '13px', color: '#52525b' }}>Greenroom</p>
                        <h1 style={{ margin: '0 0 16px', fontSize: '22px', lineHeight: '28px' }}>{c.heading}</h1>
                        {c.paragraphs.map((p, i) => (
                          <p key={i} style={{ margin: '0 0 16px' }}>
                            {p}
                          </p>
                        ))}
                        <table role="presentation" cellPadding={0} cellSpacing={0} style={{ margin: '8px 0 16px' }}>
                          <tbody>
                            <tr>
                              <td style={{ borderRadius: '6px', backgroundColor: '#1d4ed8' }}>
                                <a
                                  href={c.action.url}
                                  style={{ display: 'inline-block', padding: '12px 20px', color: '#ffffff', textDecoration: 'none', fontWeight: 600 }}
                                >
                                  {c.action.label}
                                </a>
                              </td>
                            </tr>
                          </tbody>
                        </table>
                        <p style={{ margin: '0', fontSize: '13px', color: '#52525b', wordBreak: 'break-all' }}>
                          Or open this address: <a href={c.action.url}>{c.action.url}</a>
                        </p>
                      </td>
                    </tr>
                  </tbody>
                </table>
                {c.unsubscribe && (
                  <p style={{ maxWidth: '600px', margin: '16px 0 0', fontSize: '12px', lineHeight: '18px', color: '#52525b' }}>
                    You receive this for {c.unsubscribe.what}.{' '}
                    <a href={c.unsubscribe.url} style={{ color: '#52525b' }}>
                      Unsubscribe from these emails
                    </a>
                  </p>
                )}
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  )
}

/** The message's HTML and text parts. */
export function renderMail(c: MailContent): { subject: string; html: string; text: string } {
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<Email c={c} />)}`
  const text = [
    c.heading,
    '',
    ...c.paragraphs.flatMap((p) => [p, '']),
    `${c.action.label}: ${c.action.url}`,
    ...(c.unsubscribe ? ['', '-- ', `You receive this for ${c.unsubscribe.what}.`, `Unsubscribe: ${c.unsubscribe.url}`] : []),
    '',
  ].join('\n')
  return { subject: c.subject, html, text }
}
