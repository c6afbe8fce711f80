import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { accountApi } from '../../api/account-api.ts'

export function useLogout() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async () => {
    try {
      await accountApi.logout()
    } finally {
      queryClient.clear()
      navigate('/login', { replace: true })
    }
  }
}
